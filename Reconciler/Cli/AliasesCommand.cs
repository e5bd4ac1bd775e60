using System.CommandLine;
using Reconciler.Configuration;
using Reconciler.Rules.Rules.Customer;
using Reconciler.Runs;

namespace Reconciler.Cli;

/// <summary>
/// <c>reconciler aliases</c>: the payer aliases rule alias_customer reads, configured (config/aliases.json) and learned
/// (from reviewers' applies of unidentified money); <c>reconciler aliases remove TEXT</c> forgets a learned one.
/// </summary>
public static class AliasesCommand
{
    private static readonly Argument<string> Text = new("TEXT") { Description = "The remitter text of a learned alias (case and spacing ignored)" };

    public static Command Create()
    {
        var command = new Command("aliases", "List the payer aliases: remitter texts that identify a customer");
        command.SetAction(parse => Cli.Guard(parse, (_, app) =>
        {
            var configured = AliasesConfiguration.Load(app.Configuration.ConfigFolder);
            using var store = app.OpenStore();
            Console.WriteLine($"{"remitter_text",-32} {"customer",-16} {"source",-8} {"learned_on",-10} exception");
            foreach (var alias in configured)
                Console.WriteLine($"{alias.Text,-32} {alias.CustomerId,-16} {PayerAlias.Configured,-8} {"",-10} ");
            foreach (var alias in store.PayerAliases.Learned())
                Console.WriteLine($"{alias.Text,-32} {alias.CustomerId,-16} {PayerAlias.Learned,-8} {alias.LearnedOn:yyyy-MM-dd} {alias.ExceptionId}");
            return ExitCodes.Success;
        }));

        var remove = new Command("remove", "Forget a learned payer alias (configured ones are edited in config/aliases.json)");
        remove.Add(Text);
        remove.SetAction(parse => Cli.Guard(parse, (p, app) =>
        {
            var text = p.GetValue(Text)!;
            using var store = app.OpenStore();
            if (store.PayerAliases.Remove(text))
            {
                Console.WriteLine($"removed the learned alias '{text}'");
                return ExitCodes.Success;
            }
            var configured = AliasesConfiguration.Load(app.Configuration.ConfigFolder).Any(a => PayerAlias.Key(a.Text) == PayerAlias.Key(text));
            Console.Error.WriteLine(configured
                ? $"error: '{text}' is a configured alias; remove it from {AliasesConfiguration.FileName}"
                : $"error: there is no learned alias '{text}'");
            return ExitCodes.BadUsage;
        }));
        command.Add(remove);
        return command;
    }
}
