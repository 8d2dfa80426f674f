print("bench-mustache")
