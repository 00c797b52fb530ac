module example.com/pairing

go 1.23
