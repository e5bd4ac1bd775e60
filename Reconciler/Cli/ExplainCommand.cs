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
            var story = store.Explain(id) ?? throw new ConfigurationError($"'{id}' is not a bank line, payment, invoice number or exception id this database knows");
            Console.WriteLine(story.Title);
            foreach (var (heading, lines) in story.Sections)
            {
                Console.WriteLine();
                Console.WriteLine($"{heading}:");
                if (lines.Count == 0) Console.WriteLine("  (none)");
                foreach (var line in lines) Console.WriteLine($"  {line}");
            }
            return 0;
        }));
        return command;
    }
}
