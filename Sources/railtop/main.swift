print("railtop")
