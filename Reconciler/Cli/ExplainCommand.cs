using System.CommandLine;
using Reconciler.Configuration;

namespace Reconciler.Cli;

/// <summary><c>reconciler explain ID</c>: the full story of a bank line, payment, invoice or exception, rejected candidates included.</summary>
public static class ExplainCommand
{
    private static readonly Argument<string> Id = new("ID") { Description = "A bank line id, payment item id, invoice number or exception id" };

    public static Command Create()
    {
        var command = new Command("explain", "Tell the full story of a bank line, payment, invoice or exception");
        command.Add(Id);
        command.SetAction(parse => Cli.Guard(parse, (p, app) =>
        {
            var id = p.GetValue(Id)!;
            using var store = app.OpenStore();
            var explanation = store.Explain(id)
                ?? throw new ConfigurationError($"'{id}' is not a bank line, payment, invoice number or exception id this database knows");
            foreach (var line in ExplainStory.Lines(explanation)) Console.WriteLine(line);
            return 0;
        }));
        return command;
    }
}
