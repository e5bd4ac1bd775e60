namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// A large 835 for the parse benchmark, written by <see cref="Era835Writer"/>: remittances of 25 claims from the
/// night's payers, each claim balancing (charge − contractual − patient responsibility = paid), a few denials
/// and an interest PLB now and then.
/// </summary>
internal static class Era835Claims
{
    public static void Write(string path, long claims, int seed)
    {
        var entries = new BenchEntries(seed);
        var random = entries.Random;
        using var writer = new Era835Writer(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(path), BenchEntries.CreatedAfter(claims), random);
        for (long done = 0; done < claims; done += 25)
        {
            var payer = Names.Payers[random.Next(Names.Payers.Length)];
            var list = new List<EraClaim>();
            for (var i = 0; i < Math.Min(25, claims - done); i++) list.Add(Claim(random, done + i));
            var plbs = random.Next(10) < 2
                ? new List<EraPlb> { new("L6", list[0].Number, -(0.5m + random.Next(2500) / 100m), Expected.Apply("bench")) }
                : [];
            writer.WriteTransaction(payer, BenchEntries.DayOf(done), list, plbs);
        }
        writer.Finish();
    }

    private static EraClaim Claim(Random random, long index)
    {
        var number = $"CLM-{700_000 + index}";
        var charge = 80m + random.Next(2400) + random.Next(100) / 100m;
        var icn = random.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + Text.Token(random, 10);
        if (random.Next(100) < 6)
            return new EraClaim(number, 4, charge, 0m, 0m, icn, [("CO", "50", charge)], Expected.Apply("bench"));
        var contractual = Math.Round(charge * (10 + random.Next(30)) / 100m, 2);
        var patient = random.Next(10) < 4 ? 0m : Math.Round((charge - contractual) * 0.2m, 2);
        List<(string, string, decimal)> adjustments = [("CO", "45", contractual)];
        if (patient > 0m) adjustments.Add(("PR", "2", patient));
        return new EraClaim(number, 1, charge, charge - contractual - patient, patient, icn, adjustments, Expected.Apply("bench"));
    }
}
