using System.Globalization;
using System.Text;

namespace Reconciler.Tools.Generate.Formats;

/// <summary>
/// The parts MT940 and MT942 share (FORMATS.md §3): 15d amounts with a decimal comma, the <c>:61:</c> statement
/// line and the <c>:86:</c> information in the German DK (<c>?nn</c>) or Dutch (<c>/CODE/</c>) style, wrapped at
/// 65 characters in the middle of words as banks do. Lines end with CR LF.
/// </summary>
internal static class SwiftLines
{
    public const string Eol = "\r\n";
    private const int Width = 65;

    public static string Amount(decimal amount) => Math.Abs(amount).ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>A balance field value: D/C mark, YYMMDD, currency, amount.</summary>
    public static string Balance(decimal amount, DateOnly date, string currency) =>
        $"{(amount < 0 ? 'D' : 'C')}{date:yyMMdd}{currency}{Amount(amount)}";

    public static string StatementLine(BankEntry entry, string bankReference)
    {
        var code = entry.Kind switch
        {
            EntryKind.Check or EntryKind.CheckPaid => "CHK",
            EntryKind.Fee => "CHG",
            EntryKind.AchDebit => "DDT",
            EntryKind.Return => "RTI",
            _ => "TRF",
        };
        var owner = entry.References.Count == 1 ? entry.References[0] : "NONREF";
        return $":61:{entry.Date:yyMMdd}{entry.Date:MMdd}{(entry.IsCredit ? 'C' : 'D')}{Amount(entry.Amount)}N{code}{owner}//{bankReference}{Eol}";
    }

    /// <summary>German DK structure: GVC, ?00 posting text, ?20-?25 purpose (EREF+, SVWZ+), ?32/?33 counterparty name.</summary>
    public static string German(BankEntry entry)
    {
        var b = new StringBuilder(entry.IsCredit ? "166?00GUTSCHRIFT SEPA" : "105?00LASTSCHRIFT");
        var purpose = $"EREF+{(entry.References.Count > 0 ? entry.References[0] : "NOTPROVIDED")}SVWZ+{entry.Text}";
        for (var k = 0; k < 6 && k * 27 < purpose.Length; k++)
            b.Append("?2").Append(k).Append(purpose.AsSpan(k * 27, Math.Min(27, purpose.Length - k * 27)));
        if (entry.Payer is { } payer)
        {
            var name = payer.ToUpperInvariant();
            b.Append("?32").Append(name.AsSpan(0, Math.Min(27, name.Length)));
            if (name.Length > 27) b.Append("?33").Append(name.AsSpan(27, Math.Min(27, name.Length - 27)));
        }
        return Information(b.ToString());
    }

    /// <summary>Dutch (ING) structure: /EREF/, /CNTP/ with IBAN, BIC and name, /REMI/USTD//text/.</summary>
    public static string Dutch(BankEntry entry, string counterpartyIban)
    {
        var reference = entry.References.Count > 0 ? entry.References[0] : "NOTPROVIDED";
        var name = (entry.Payer ?? "").ToUpperInvariant();
        var text = entry.Text.Length <= 140 ? entry.Text : entry.Text[..140];
        return Information($"/EREF/{reference}//CNTP/{counterpartyIban}/ABNANL2A/{name}/AMSTERDAM//REMI/USTD//{text}/");
    }

    /// <summary>":86:" and the text cut into lines of 65; a cut never leaves a line starting with a character that would end or open a field.</summary>
    private static string Information(string text)
    {
        var b = new StringBuilder(":86:");
        var first = Width - 4;
        var at = 0;
        var width = first;
        while (at < text.Length)
        {
            var take = Math.Min(width, text.Length - at);
            while (at + take < text.Length && take > 1 && text[at + take] is '-' or ':' or '{') take--;
            b.Append(text, at, take).Append(Eol);
            at += take;
            width = Width;
        }
        return b.ToString();
    }
}
