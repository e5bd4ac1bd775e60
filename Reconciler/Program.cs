return Reconciler.Cli.Cli.Execute(args);
