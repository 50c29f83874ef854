using JobSentinel.Core.Evaluations;

namespace JobSentinel.Core.Pipeline;

/// <summary>What the steps of one run read and hand to each other.</summary>
public sealed class RunMaterials(long runId, long jobId, long resumeId, string jobText, TailoringInput input)
{
    public long RunId { get; } = runId;

    public long JobId { get; } = jobId;

    public long ResumeId { get; } = resumeId;

    public string JobText { get; } = jobText;

    /// <summary>The tailoring input; its job skills are filled in by the fit analysis.</summary>
    public TailoringInput Input { get; set; } = input;

    public CompanyProfile? Research { get; set; }

    public RelevanceResult? Fit { get; set; }

    /// <summary>The documents made so far, for the PDF step: title, sections.</summary>
    public List<(DocumentKind Kind, string Title, IReadOnlyList<DocumentSection> Sections)> Documents { get; } = [];
}
