module example.com/boxed

go 1.22
