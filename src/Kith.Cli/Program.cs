return await Kith.Cli.KithCli.RunAsync(args, Console.Out, Console.Error);
