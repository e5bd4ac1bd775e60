using Microsoft.Extensions.Time.Testing;
using Reconciler.Configuration;
using Reconciler.Runs;
using Reconciler.Tests.Support;
using Serilog;

namespace Reconciler.Tests.Runs;

/// <summary>Waiting for files still being written, on a fake clock the test moves on second by second.</summary>
public sealed class FreshFilesTests
{
    private static readonly InboxSettings Settings = new() { StableSeconds = 2, MaxWaitSeconds = 60 };

    /// <summary>Runs the sort on another thread and moves the clock on a second at a time until it returns.</summary>
    private static (IReadOnlyList<string> Ready, IReadOnlyList<InputReport> Deferred, TimeSpan Waited) SortAdvancing(
        FakeTimeProvider clock, IReadOnlyList<string> paths, InboxSettings settings, Action<DateTimeOffset>? eachSecond = null)
    {
        var started = clock.GetUtcNow();
        var sort = Task.Run(() => new FreshFiles(settings, clock, new LoggerConfiguration().CreateLogger()).Sort(paths));
        for (var second = 0; second < 600 && !sort.Wait(TimeSpan.FromMilliseconds(20)); second++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            eachSecond?.Invoke(clock.GetUtcNow());
        }
        Assert.That(sort.IsCompleted, Is.True, "the sort never returned");
        var (ready, deferred) = sort.Result;
        return (ready, deferred, clock.GetUtcNow() - started);
    }

    [Test]
    public void FileWrittenJustNow_IsWaitedFor_UntilItHasBeenStillForStableSeconds()
    {
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 15, 6, 0, 0, TimeSpan.Zero));
        var file = folder.Write("bank.csv", "Date,Description,Amount\n");
        File.SetLastWriteTimeUtc(file, clock.GetUtcNow().UtcDateTime);

        var (ready, deferred, waited) = SortAdvancing(clock, [file], Settings);

        Assert.That(ready, Is.EqualTo(new[] { file }));
        Assert.That(deferred, Is.Empty);
        Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)).And.LessThan(TimeSpan.FromSeconds(Settings.MaxWaitSeconds)));
    }

    [Test]
    public void FileStillGrowingWhenTheWaitEnds_IsDeferred_AndTheCompleteOnesAreReady()
    {
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 15, 6, 0, 0, TimeSpan.Zero));
        var old = folder.Write("a-old.csv", "Date,Description,Amount\n");
        File.SetLastWriteTimeUtc(old, clock.GetUtcNow().UtcDateTime.AddHours(-1));
        var growing = folder.Write("b-growing.csv", "Date,Description,Amount\n");
        var settings = new InboxSettings { StableSeconds = 2, MaxWaitSeconds = 5 };

        var (ready, deferred, waited) = SortAdvancing(clock, [old, growing], settings, now =>
        {
            File.AppendAllText(growing, "2025-03-14,MORE,1.00\n");
            File.SetLastWriteTimeUtc(growing, now.UtcDateTime);
        });

        Assert.That(ready, Is.EqualTo(new[] { old }));
        Assert.That(deferred.Select(d => (d.File, d.Status)), Is.EqualTo(new[] { ("b-growing.csv", "deferred") }));
        Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(5)).And.LessThan(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public void FileWithAWriteTimeAheadOfTheClock_IsTakenOnceItHasNotChangedForStableSeconds()
    {
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 15, 6, 0, 0, TimeSpan.Zero));
        var file = folder.Write("bank.csv", "Date,Description,Amount\n");
        File.SetLastWriteTimeUtc(file, clock.GetUtcNow().UtcDateTime.AddHours(3)); // copied from a machine whose clock is ahead

        var (ready, deferred, waited) = SortAdvancing(clock, [file], Settings);

        Assert.That(ready, Is.EqualTo(new[] { file }));
        Assert.That(deferred, Is.Empty);
        Assert.That(waited, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void NoWaitConfigured_DefersAtOnce()
    {
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 15, 6, 0, 0, TimeSpan.Zero));
        var file = folder.Write("bank.csv", "Date,Description,Amount\n");
        File.SetLastWriteTimeUtc(file, clock.GetUtcNow().UtcDateTime);

        var (ready, deferred) = new FreshFiles(new InboxSettings { StableSeconds = 2, MaxWaitSeconds = 0 }, clock, new LoggerConfiguration().CreateLogger()).Sort([file]);

        Assert.That(ready, Is.Empty);
        Assert.That(deferred.Single().Problems.Single(), Does.Contain("still being written after waiting 0 s"));
    }
}
