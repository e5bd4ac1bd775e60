namespace Reconciler.Ingest.Bai2;

/// <summary>One logical BAI2 record: its two-digit code, the text after "NN," (terminating "/" kept) and its line.</summary>
/// <remarks>A struct, as is <see cref="Bai2Entry"/>: one of each is made per record and passed on by value.</remarks>
internal readonly record struct Bai2Record(string Code, string Content, int Line)
{
    public string Location => $"line {Line}";
}

/// <summary>A record with the 88 continuation records that follow it.</summary>
internal readonly record struct Bai2Entry(Bai2Record Head, IReadOnlyList<Bai2Record> Continuations)
{
    public string Code => Head.Code;

    public int Line => Head.Line;

    public string Location => Head.Location;

    /// <summary>The head plus its continuations: how many records the control counts see.</summary>
    public int RecordCount => 1 + Continuations.Count;

    /// <summary>
    /// The comma-separated fields of a record that has no text field (01, 02, 03, 49, 98, 99), joined across its
    /// 88 continuations: each part's terminating "/" is dropped, and ",/" leaves a defaulted (empty) last field.
    /// </summary>
    public List<string> Fields()
    {
        var fields = new List<string>();
        foreach (var part in Continuations.Prepend(Head))
        {
            var content = part.Content.TrimEnd();
            if (content.EndsWith('/')) content = content[..^1];
            fields.AddRange(content.Split(','));
        }
        return fields;
    }
}
