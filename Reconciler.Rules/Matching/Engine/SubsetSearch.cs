namespace Reconciler.Rules.Matching;

/// <summary>
/// Bounded exact subset-sum over a short list of amounts (sets of 2..maxItems), depth first in list order
/// so the oldest invoices are tried first. Stops after maxSolutions or maxSteps, whichever comes first.
/// </summary>
public static class SubsetSearch
{
    public sealed record Result(IReadOnlyList<IReadOnlyList<int>> Solutions, bool Exhausted);

    public static Result Find(IReadOnlyList<decimal> amounts, decimal target, int maxItems, int maxSteps, int maxSolutions)
    {
        var solutions = new List<IReadOnlyList<int>>();
        var steps = 0;
        var chosen = new List<int>();
        var positive = amounts.All(a => a > 0m);
        // suffix[i] = sum of amounts[i..]: prunes branches that can no longer reach the target.
        var suffix = new decimal[amounts.Count + 1];
        for (var i = amounts.Count - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + amounts[i];

        bool Walk(int start, decimal remaining)
        {
            if (++steps > maxSteps) return false;
            if (remaining == 0m && chosen.Count >= 2)
            {
                solutions.Add(chosen.ToList());
                return solutions.Count < maxSolutions;
            }
            if (chosen.Count == maxItems) return true;
            for (var i = start; i < amounts.Count; i++)
            {
                if (positive && (amounts[i] > remaining || suffix[i] < remaining)) continue;
                chosen.Add(i);
                var go = Walk(i + 1, remaining - amounts[i]);
                chosen.RemoveAt(chosen.Count - 1);
                if (!go) return false;
            }
            return true;
        }

        var completed = Walk(0, target);
        return new Result(solutions, !completed && steps > maxSteps);
    }
}
