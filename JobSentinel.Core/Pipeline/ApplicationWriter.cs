using System.Diagnostics;
using System.Text.Json;
using JobSentinel.Core.Browser;
using JobSentinel.Core.Data;
using JobSentinel.Core.Evaluations;
using JobSentinel.Core.Generation;
using JobSentinel.Core.Resumes;
using JobSentinel.Core.Skills;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace JobSentinel.Core.Pipeline;

/// <summary>
/// The work of each pipeline step. Text an LLM writes is used only when it passes the <see cref="FabricationGuard"/>;
/// otherwise (or without an LLM) the deterministic templates write it, and the step says which path it took.
/// </summary>
public sealed class ApplicationWriter(
    IDbContextFactory<JobSentinelDbContext> contextFactory,
    CompanyResearcher researcher,
    RelevanceEngine engine,
    SkillTaxonomy taxonomy,
    CvTailor tailor,
    LetterTemplates letters,
    ITextGenerator generator,
    DocumentPdfRenderer pdf,
    Contacts.MessageService messages,
    IOptionsMonitor<PipelineOptions> options,
    TimeProvider timeProvider)
{
    public const string Template = "template";
    public const int MaxContactDrafts = 3;
    private const int MaxTrace = 20_000;
    private static readonly JsonSerializerOptions TraceJson = new(AnalysisJson.Options) { WriteIndented = true };

    /// <summary>Where an LLM-written text would go and which documents the LLM may write; see <see cref="LlmRequest.Purpose"/>.</summary>
    private const string System = "You write job application material. Use ONLY facts given in the user message. Never add employers, job titles, dates, degrees or numbers that are not given. Answer with plain text only.";

    public Task<StepOutcome> RunAsync(string step, RunMaterials materials, CancellationToken cancellationToken) => step switch
    {
        PipelineSteps.CompanyResearch => ResearchAsync(materials, cancellationToken),
        PipelineSteps.FitAnalysis => FitAsync(materials, cancellationToken),
        PipelineSteps.TailoredCv => CvAsync(materials, cancellationToken),
        PipelineSteps.CoverLetter => LetterAsync(materials, cancellationToken),
        PipelineSteps.Outreach => OutreachAsync(materials, cancellationToken),
        PipelineSteps.Pdf => PdfAsync(materials, cancellationToken),
        _ => throw new ArgumentException($"Unknown pipeline step '{step}'.", nameof(step)),
    };

    private async Task<StepOutcome> ResearchAsync(RunMaterials m, CancellationToken cancellationToken)
    {
        var (profile, cached) = await researcher.ResearchAsync(m.Input.Company, m.JobText, cancellationToken);
        m.Research = profile;
        return new StepOutcome(cached ? "cache" : "local", null, 0,
            Trace(new { company = m.Input.Company, companyKey = CompanyResearcher.Key(m.Input.Company), jobTextChars = m.JobText.Length }), Trace(profile));
    }

    private async Task<StepOutcome> FitAsync(RunMaterials m, CancellationToken cancellationToken)
    {
        var fit = await engine.EvaluateAsync(m.Input.Resume, m.JobText, m.Input.JobTitle, cancellationToken);
        m.Fit = fit;
        var jobSkills = fit.Requirements.RequiredSkills.Concat(fit.Requirements.PreferredSkills)
            .Concat(taxonomy.FindIn(m.JobText).Select(s => s.Skill)).Distinct(StringComparer.Ordinal).ToList();
        m.Input = m.Input with { JobSkills = jobSkills };
        return new StepOutcome("local", null, 0,
            Trace(new { jobTitle = m.Input.JobTitle, resumeSkills = m.Input.Resume.Skills.Select(s => s.Skill), jobSkills }),
            Trace(new
            {
                score = fit.RelevanceScore,
                verdict = JsonNamingPolicy.CamelCase.ConvertName(fit.Verdict.ToString()),
                matchedSkills = fit.HardMatch.MatchedSkills,
                missingSkills = fit.MissingSkills,
                fit.ExperienceFit,
                fit.EducationFit,
                fit.Suggestions,
            }));
    }

    private async Task<StepOutcome> CvAsync(RunMaterials m, CancellationToken cancellationToken)
    {
        var input = m.Input;
        var template = CvTailor.TemplateSummary(input);
        var user = $"""
            Rewrite this professional summary for a CV aimed at the {input.JobTitle} role at {input.Company}, in at most 3 sentences.
            Emphasise these skills the candidate has: {string.Join(", ", CvTailor.MatchedSkills(input))}.

            Summary:
            {template}

            Roles (title, employer, dates): {string.Join("; ", input.Resume.Roles.Select(r => $"{r.Title}, {r.Company}, {r.DateText}"))}
            """;
        var (text, outcome, rejected) = await GuardedAsync(PipelineSteps.TailoredCv, user, input.Guard(), m.RunId, cancellationToken);
        var sections = tailor.Tailor(input, text);
        var provider = text is null ? Template : outcome.Provider ?? Template;
        var title = $"{input.Resume.Contact.Name ?? "CV"} – {input.JobTitle}, {input.Company}";
        var id = await SaveDocumentAsync(m, DocumentKind.Cv, title, sections, provider, cancellationToken);
        return new StepOutcome(provider, outcome.Tokens, outcome.CostUsd, outcome.Sent,
            Trace(new { documentId = id, provider, fallbackReason = outcome.FallbackReason, rejected, llmText = outcome.Text, sections }));
    }

    private async Task<StepOutcome> LetterAsync(RunMaterials m, CancellationToken cancellationToken)
    {
        var input = m.Input;
        var template = letters.CoverLetter(input, m.Research);
        var user = $"""
            Write a cover letter (greeting, three short paragraphs, closing with the candidate's name) for the {input.JobTitle} role at {input.Company}.
            About the company: {m.Research?.Summary}
            Achievements you may quote (use their numbers exactly, add none):
            {string.Join("\n", tailor.BestAchievements(input, LetterTemplates.LetterAchievements).Select(a => a.Where is null ? $"- {a.Text}" : $"- {a.Text} ({a.Where})"))}
            Matched skills: {string.Join(", ", CvTailor.MatchedSkills(input))}
            Candidate: {input.Resume.Contact.Name}
            """;
        var (text, outcome, rejected) = await GuardedAsync(PipelineSteps.CoverLetter, user, input.Guard(), m.RunId, cancellationToken);
        IReadOnlyList<DocumentSection> sections = text is null ? template : [new DocumentSection("body", "", text)];
        var provider = text is null ? Template : outcome.Provider ?? Template;
        var id = await SaveDocumentAsync(m, DocumentKind.CoverLetter, $"Cover letter – {input.JobTitle}, {input.Company}", sections, provider, cancellationToken);
        return new StepOutcome(provider, outcome.Tokens, outcome.CostUsd, outcome.Sent,
            Trace(new { documentId = id, provider, fallbackReason = outcome.FallbackReason, rejected, llmText = outcome.Text, sections }));
    }

    private async Task<StepOutcome> OutreachAsync(RunMaterials m, CancellationToken cancellationToken)
    {
        var sections = LetterTemplates.Outreach(m.Input);
        var id = await SaveDocumentAsync(m, DocumentKind.Outreach, $"Outreach – {m.Input.Company} hiring team", sections, Template, cancellationToken);
        var drafts = await DraftContactMessagesAsync(m, cancellationToken);
        var provider = drafts.Select(d => d.Message!.Provider).FirstOrDefault(p => p is not null && p != Template) ?? Template;
        return new StepOutcome(provider, drafts.Sum(d => d.Tokens), drafts.Sum(d => d.CostUsd), Trace(new { company = m.Input.Company, jobTitle = m.Input.JobTitle }),
            Trace(new { documentId = id, contactDrafts = drafts.Select(d => new { d.Message!.Id, d.Message.ContactId, d.Message.Subject, d.Message.Provider, d.Message.QualityScore, d.FallbackReason }), sections }));
    }

    /// <summary>
    /// Message drafts to the company's known contacts (at most <see cref="MaxContactDrafts"/>), through the contacts'
    /// message service: they wait for approval on the contact's page; nothing is sent.
    /// </summary>
    private async Task<IReadOnlyList<Contacts.DraftOutcome>> DraftContactMessagesAsync(RunMaterials materials, CancellationToken cancellationToken)
    {
        var key = Matching.CompanyNames.Normalize(materials.Input.Company);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidates = await context.Contacts.AsNoTracking().Where(c => c.Company != null)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Company }).ToListAsync(cancellationToken);
        List<Contacts.DraftOutcome> drafts = [];
        foreach (var contact in candidates.Where(c => Matching.CompanyNames.Normalize(c.Company!) == key).Take(MaxContactDrafts))
        {
            var outcome = await messages.CreateDraftAsync(contact.Id, materials.JobId, materials.ResumeId, materials.RunId, cancellationToken);
            if (outcome.Message is not null)
            {
                drafts.Add(outcome);
            }
        }

        return drafts;
    }

    private async Task<StepOutcome> PdfAsync(RunMaterials m, CancellationToken cancellationToken)
    {
        var paper = options.CurrentValue.PaperFormat;
        List<object> rendered = [];
        foreach (var (kind, title, sections) in m.Documents.Where(d => d.Kind is DocumentKind.Cv or DocumentKind.CoverLetter))
        {
            var watch = Stopwatch.StartNew();
            byte[] bytes;
            try
            {
                bytes = await pdf.RenderAsync(title, sections, paper, cancellationToken);
            }
            catch (BrowserUnavailableException ex)
            {
                throw new InvalidOperationException($"Chromium could not render the {Kind(kind)} as PDF: {ex.Message} The documents are kept; export them again once Chromium works.", ex);
            }

            rendered.Add(new { kind = Kind(kind), title, bytes = bytes.Length, ms = watch.ElapsedMilliseconds });
        }

        return new StepOutcome("chromium", null, 0, Trace(new { paper, documents = m.Documents.Select(d => d.Title) }), Trace(new { paper, rendered }));
    }

    private async Task<(string? Text, LlmOutcome Outcome, IReadOnlyList<string> Rejected)> GuardedAsync(
        string purpose, string user, FabricationGuard guard, long runId, CancellationToken cancellationToken)
    {
        var outcome = await generator.GenerateAsync(new LlmRequest(purpose, System, user, Subject: $"run:{runId}"), cancellationToken);
        if (string.IsNullOrWhiteSpace(outcome.Text))
        {
            return (null, outcome, []);
        }

        var problems = guard.Check(outcome.Text);
        return problems.Count > 0 ? (null, outcome with { FallbackReason = "The LLM text was rejected: " + string.Join("; ", problems) + "." }, problems) : (outcome.Text.Trim(), outcome, []);
    }

    private async Task<long> SaveDocumentAsync(
        RunMaterials m, DocumentKind kind, string title, IReadOnlyList<DocumentSection> sections, string provider, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var json = AnalysisJson.Write(sections);
        var document = new GeneratedDocument
        {
            RunId = m.RunId,
            JobId = m.JobId,
            ResumeId = m.ResumeId,
            Kind = kind,
            Title = title,
            SectionsJson = json,
            GeneratedSectionsJson = json,
            Provider = provider,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Documents.Add(document);
        await context.SaveChangesAsync(cancellationToken);
        m.Documents.Add((kind, title, sections));
        return document.Id;
    }

    private static string Kind(DocumentKind kind) => kind == DocumentKind.Cv ? "CV" : "cover letter";

    public static string Trace(object value)
    {
        var text = value as string ?? JsonSerializer.Serialize(value, TraceJson);
        return text.Length > MaxTrace ? text[..MaxTrace] + "\n… (truncated)" : text;
    }
}
