namespace Reconciler.Tests.Ingest.Camt;

public sealed class CamtDateTests
{
    [Test]
    public void NanosecondDateTimes_AreRead_AndTheBookingDateIsTheDateAsWritten()
    {
        var parsed = CamtFixtures.Read("camt053.v02.nanoseconds.xml");

        Assert.That(parsed.Problems, Is.Empty);
        var entry = parsed.Statements.Single().Transactions.Single();
        Assert.That(entry.BookingDate, Is.EqualTo(new DateOnly(2025, 7, 24)), "00:30+02:00 is 23 July in UTC; the date as written wins");
        Assert.That(entry.ValueDate, Is.EqualTo(new DateOnly(2025, 7, 24)));
        Assert.That(entry.Amount, Is.EqualTo(25.50m));
        Assert.That(parsed.Statements[0].Balanced, Is.True);
    }

    [TestCase("<Dt>2025-03-14+01:00</Dt>", 14)]
    [TestCase("<DtTm>2025-03-14T23:59:59Z</DtTm>", 14)]
    [TestCase("<DtTm>2025-03-15T00:00:00.1234567890123-05:00</DtTm>", 15)]
    public void BookingDateShapes_AllGiveTheWrittenDay(string bookingDate, int day)
    {
        var xml = CamtFixtures.Text("camt053.v08.unbalanced.xml")
            .Replace("<BookgDt><Dt>2025-05-01</Dt></BookgDt>", $"<BookgDt>{bookingDate.Replace("2025-03", "2025-05", StringComparison.Ordinal)}</BookgDt>", StringComparison.Ordinal);

        var entry = CamtFixtures.ReadText(xml).Statements[0].Transactions[0];

        Assert.That(entry.BookingDate, Is.EqualTo(new DateOnly(2025, 5, day)));
    }

    [TestCase("<Dt>14.03.2025</Dt>")]
    [TestCase("<DtTm>2025-03-14 10:00:00</DtTm>")]
    [TestCase("<DtTm>2025-02-30T10:00:00</DtTm>")]
    public void MalformedBookingDate_IsALocatedError(string bookingDate)
    {
        var xml = CamtFixtures.Text("camt053.v08.unbalanced.xml")
            .Replace("<BookgDt><Dt>2025-05-01</Dt></BookgDt>", $"<BookgDt>{bookingDate}</BookgDt>", StringComparison.Ordinal);

        var parsed = CamtFixtures.ReadText(xml);

        var error = parsed.Problems.Single(p => p.Severity == Reconciler.Ingest.ProblemSeverity.Error);
        Assert.That(error.Location, Does.StartWith("Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/BookgDt/").And.Contain("(line 14)"));
    }
}
