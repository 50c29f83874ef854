namespace JobSentinel.Core.Pipeline;

/// <summary>Body of <c>POST /api/v1/pipeline-runs</c>.</summary>
public sealed record PipelineRunRequest(long? JobId, long? ResumeId)
{
    public Dictionary<string, string[]> Validate()
    {
        Dictionary<string, string[]> errors = [];
        if (JobId is null)
        {
            errors["jobId"] = ["jobId is required."];
        }

        if (ResumeId is null)
        {
            errors["resumeId"] = ["resumeId is required."];
        }

        return errors;
    }
}
