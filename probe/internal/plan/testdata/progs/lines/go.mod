module example.com/planlines

go 1.23
