namespace Reconciler.Ingest.PayPal;

/// <summary>The header language of a PayPal download; it sets the default date order and decimal separator.</summary>
internal enum PayPalLanguage
{
    English,
    German,
    Spanish,
}

/// <summary>
/// Which column holds what in a PayPal activity or statement download, by header name in English, German or
/// Spanish (FORMATS.md §8). Columns depend on the fields chosen at download time: nothing is positional.
/// </summary>
internal sealed class PayPalColumns
{
    private readonly string[] _names;

    private PayPalColumns(IReadOnlyList<string> header)
    {
        Header = header;
        _names = header.Select(Clean).ToArray();
        Date = Pick("date", "datum", "fecha");
        Time = Pick("time", "uhrzeit", "hora");
        Name = Pick("name", "nombre");
        Type = Pick("type", "typ", "tipo", "description", "beschreibung", "descripción", "descripcion");
        Status = Pick("status", "estado");
        Currency = Pick("currency", "währung", "waehrung", "divisa", "moneda");
        Gross = Pick("gross", "brutto", "bruto");
        Fee = Pick("fee", "gebühr", "gebuehr", "comisión", "comision", "tarifa");
        Net = Pick("net", "netto", "neto");
        From = Pick("from email address", "absender e-mail-adresse", "absender-e-mail-adresse", "correo electrónico del remitente");
        To = Pick("to email address", "empfänger e-mail-adresse", "empfänger-e-mail-adresse", "correo electrónico del destinatario");
        TransactionId = Pick("transaction id", "transaktionscode", "id. de transacción", "id de transacción", "id. de transaccion");
        ReferenceId = Pick("reference txn id", "zugehöriger transaktionscode", "id. de transacción de referencia", "id de transacción de referencia");
        Invoice = Pick("invoice number", "invoice id", "rechnungsnummer", "número de factura", "numero de factura", "n.º de factura");
        Balance = Pick("balance", "guthaben", "saldo");
        Impact = Pick("balance impact", "auswirkung auf guthaben", "impacto en el saldo");
        Subject = Pick("subject", "betreff", "asunto");
        Note = Pick("note", "hinweis", "nota");
        ItemTitle = Pick("item title", "artikelbezeichnung", "título del artículo");
        Language = _names.Contains("brutto") ? PayPalLanguage.German
            : _names.Contains("bruto") ? PayPalLanguage.Spanish
            : PayPalLanguage.English;
    }

    public IReadOnlyList<string> Header { get; }
    public PayPalLanguage Language { get; }
    public int Date { get; }
    public int Time { get; }
    public int Name { get; }
    public int Type { get; }
    public int Status { get; }
    public int Currency { get; }
    public int Gross { get; }
    public int Fee { get; }
    public int Net { get; }
    public int From { get; }
    public int To { get; }
    public int TransactionId { get; }
    public int ReferenceId { get; }
    public int Invoice { get; }
    public int Balance { get; }
    public int Impact { get; }
    public int Subject { get; }
    public int Note { get; }
    public int ItemTitle { get; }

    public static PayPalColumns Find(IReadOnlyList<string> header) => new(header);

    /// <summary>
    /// Whether the header has PayPal's distinctive columns: Transaction ID with Balance Impact or with
    /// Gross + Fee + Net; German Transaktionscode + Brutto + Gebühr + Netto; Spanish Id. de transacción +
    /// Bruto + Comisión + Neto.
    /// </summary>
    public static bool IsPayPalHeader(IReadOnlyList<string> header)
    {
        var c = header.Select(Clean).ToHashSet(StringComparer.Ordinal);
        if (c.Contains("transaction id") && (c.Contains("balance impact") || (c.Contains("gross") && c.Contains("fee") && c.Contains("net"))))
            return true;
        if (c.Contains("transaktionscode") && c.Contains("brutto") && (c.Contains("gebühr") || c.Contains("gebuehr")) && c.Contains("netto"))
            return true;
        return (c.Contains("id. de transacción") || c.Contains("id de transacción")) && c.Contains("bruto")
            && (c.Contains("comisión") || c.Contains("comision") || c.Contains("tarifa")) && c.Contains("neto");
    }

    /// <summary>The header cell's own spelling, for problems.</summary>
    public string? NameOf(int index) => index >= 0 && index < Header.Count ? Header[index].Trim() : null;

    private int Pick(params string[] synonyms)
    {
        foreach (var synonym in synonyms)
        {
            var index = Array.IndexOf(_names, synonym);
            if (index >= 0) return index;
        }
        return -1;
    }

    private static string Clean(string name) => name.Trim().Trim('"', '\uFEFF').Trim().ToLowerInvariant();
}
