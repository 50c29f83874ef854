using JobSentinel.Core.Exports;

namespace JobSentinel.Core.Applications;

/// <summary>The tracker as CSV, through the same formula-safe <see cref="CsvWriter"/> as the jobs export.</summary>
public static class ApplicationCsv
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "id", "jobId", "title", "company", "url", "status", "position", "appliedAt", "salaryOffered", "salaryCurrency",
        "nextAction", "nextActionAt", "notes", "createdAt", "updatedAt",
    ];

    public static async Task WriteAsync(TextWriter writer, IEnumerable<ApplicationView> applications)
    {
        var csv = new CsvWriter(writer);
        await csv.WriteRowAsync(Columns);
        foreach (var a in applications)
        {
            await csv.WriteRowAsync(
            [
                a.Id, a.JobId, a.Title, a.Company, a.Url, ApplicationChanges.StatusName(a.Status), a.Position, a.AppliedAt, a.SalaryOffered,
                a.SalaryCurrency, a.NextAction, a.NextActionAt, a.Notes, a.CreatedAt, a.UpdatedAt,
            ]);
        }

        await writer.FlushAsync();
    }
}
