using System.Reflection;
using System.Reflection.Emit;
using Reconciler.Tests.Support;

namespace Reconciler.Tests.Architecture;

/// <summary>
/// Reconciler.Rules, as compiled, calls no clock, file, console or memory trick and needs nothing but the base library:
/// checked on its metadata, so a call hidden inside a method body is found as surely as one in a signature.
/// </summary>
public sealed class RulesPurityTests
{
    private static readonly BannedList Banned = BannedList.Read(Repository.Path("Reconciler.Rules", "BannedSymbols.txt"));
    private static readonly string RulesDll = typeof(Reconciler.Rules.Model.Money).Assembly.Location;

    [Test]
    public void TheBannedList_CoversClocksFilesTheConsoleAndTheCollector()
    {
        Assert.That(Banned.Types, Is.SupersetOf(new[] { "System.GC", "System.Console", "System.IO.File", "System.IO.FileStream", "System.Environment",
            "System.Diagnostics.Stopwatch", "System.Runtime.CompilerServices.MethodImplAttribute" }));
        Assert.That(Banned.Members, Is.SupersetOf(new[] { "System.DateTime::get_Now", "System.DateTime::get_UtcNow", "System.DateTimeOffset::get_UtcNow",
            "System.TimeProvider::get_System", "System.Threading.Thread::Sleep", "System.Threading.Tasks.Task::Delay" }));
    }

    [Test]
    public void RulesAssembly_NamesNoBannedTypeOrMember_AnywhereInItsCode()
    {
        var uses = AssemblyUses.Of(RulesDll);

        Assert.That(uses.Members, Has.Some.EqualTo("System.String::Join"), "the scan sees the calls inside method bodies");
        Assert.That(Banned.FoundIn(uses), Is.Empty);
    }

    [Test]
    public void RulesAssembly_HasNoMethodWithJitFlags()
    {
        Assert.That(AssemblyUses.Of(RulesDll).TunedMethods, Is.Empty);
    }

    [Test]
    public void RulesAssembly_ReferencesOnlyTheBaseLibrary()
    {
        // The base library: the assemblies of the shared framework the tests run on (System.Runtime, System.Linq, ...).
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var outside = AssemblyUses.Of(RulesDll).Assemblies.Where(name => !File.Exists(Path.Combine(framework, name + ".dll")));

        Assert.That(outside, Is.Empty);
    }

    [Test]
    public void TheScan_FindsACollectAClockReadAndJitFlagsHiddenInAMethodBody()
    {
        using var image = Tainted();

        var uses = AssemblyUses.Of(image);

        Assert.That(Banned.FoundIn(uses), Is.EquivalentTo(new[] { "System.DateTime::get_Now", "System.Environment",
            "System.Environment::GetEnvironmentVariable", "System.GC", "System.GC::Collect" }));
        Assert.That(uses.TunedMethods, Is.EqualTo(new[] { "Night.Run" }));
    }

    [Test]
    public void TheScan_FindsFilesAndTheCollectorInTheApplication_WhichMayUseThem()
    {
        var app = AssemblyUses.Of(typeof(Reconciler.Runs.ReconciliationRun).Assembly.Location);

        Assert.That(Banned.FoundIn(app), Does.Contain("System.IO.File").And.Contain("System.IO.Path"));
        Assert.That(app.Assemblies, Does.Contain("Reconciler.Rules"));
    }

    /// <summary>
    /// An assembly whose one method, marked AggressiveOptimization, reads the clock, an environment variable and the thread id
    /// (as iterators do), and collects: all in its body only.
    /// </summary>
    private static MemoryStream Tainted()
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("Tainted"), typeof(object).Assembly);
        var type = assembly.DefineDynamicModule("Tainted").DefineType("Night", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed);
        var run = type.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        run.SetImplementationFlags(MethodImplAttributes.AggressiveOptimization);
        var il = run.GetILGenerator();
        il.Emit(OpCodes.Call, typeof(DateTime).GetProperty(nameof(DateTime.Now))!.GetMethod!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Call, typeof(Environment).GetProperty(nameof(Environment.CurrentManagedThreadId))!.GetMethod!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Ldstr, "HOME");
        il.Emit(OpCodes.Call, typeof(Environment).GetMethod(nameof(Environment.GetEnvironmentVariable), [typeof(string)])!);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Call, typeof(GC).GetMethod(nameof(GC.Collect), Type.EmptyTypes)!);
        il.Emit(OpCodes.Ret);
        type.CreateType();
        var image = new MemoryStream();
        assembly.Save(image);
        image.Position = 0;
        return image;
    }
}
