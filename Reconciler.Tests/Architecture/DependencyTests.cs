using System.Reflection;

namespace Reconciler.Tests.Architecture;

public sealed class DependencyTests
{
    [Test]
    public void RulesAssembly_ReferencesNothingButTheBaseLibrary()
    {
        var references = typeof(Reconciler.Rules.Model.Money).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.That(references.Where(name => !name.StartsWith("System", StringComparison.Ordinal) && name != "netstandard"), Is.Empty);
    }

    [Test]
    public void RulesAssembly_DoesNotTouchFilesClocksOrConsoles()
    {
        var forbidden = new[] { "System.IO.File", "System.IO.Directory", "System.Console", "System.DateTime" };
        var rules = typeof(Reconciler.Rules.Model.Money).Assembly;

        var used = rules.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Select(t => t.FullName ?? "")
            .Where(name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));

        Assert.That(used, Is.Empty);
    }
}
