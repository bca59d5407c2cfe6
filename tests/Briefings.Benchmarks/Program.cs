using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Briefings.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
