BenchServerCommand.main()
