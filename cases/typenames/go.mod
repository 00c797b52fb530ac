module example.com/typenames

go 1.23
