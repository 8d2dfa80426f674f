print("dinsos")
