namespace Reconciler.Ingest.Bai2;

/// <summary>Finds CCD+ reassociation segments (TRN*1*trace*payer) in 16/88 text: the link to an 835.</summary>
internal static class Bai2Trn
{
    public static IReadOnlyList<string> Find(string text)
    {
        List<string>? found = null;
        var at = 0;
        while ((found?.Count ?? 0) < 20)
        {
            var i = text.IndexOf("TRN*", at, StringComparison.OrdinalIgnoreCase);
            if (i < 0) break;
            var end = text.IndexOfAny(['\\', '~', ' ', ','], i);
            var segment = end < 0 ? text[i..] : text[i..end];
            var elements = segment.Split('*');
            if (elements.Length >= 3 && elements[2].Length > 0) (found ??= []).Add(elements[2]);
            at = i + 4;
        }
        return found ?? (IReadOnlyList<string>)[];
    }
}
