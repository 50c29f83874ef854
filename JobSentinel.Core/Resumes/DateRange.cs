namespace JobSentinel.Core.Resumes;

/// <summary>A "start – end" range found in a line; <see cref="End"/> is null for a current role.</summary>
/// <param name="Index">Where the range starts in the line it was found in.</param>
internal sealed record DateRange(ResumeDate Start, ResumeDate? End, bool Current, string Text, int Index)
{
    /// <summary>
    /// The months the range covers as [start, end). A month-precise end counts its own month ("Jan – Mar 2020"
    /// is three months); a bare end year counts up to its January ("2018 – 2020" is two years), because that
    /// is how readers of such ranges count; a current role runs through <paramref name="nowMonth"/>.
    /// </summary>
    public (int From, int Until) Months(int nowMonth)
    {
        var from = Start.MonthIndex;
        var until = Current || End is null
            ? nowMonth + 1
            : End.Value.Style == DateStyle.YearOnly
                ? (End.Value.Year > Start.Year ? End.Value.MonthIndex : from + 12)
                : End.Value.MonthIndex + 1;
        until = Math.Min(until, nowMonth + 1);
        return (from, Math.Max(from, until));
    }
}
