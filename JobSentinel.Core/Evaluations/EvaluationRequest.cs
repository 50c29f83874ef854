namespace JobSentinel.Core.Evaluations;

/// <summary>The body of <c>POST /evaluations</c>: a resume and exactly one of a stored posting or a job description.</summary>
public sealed record EvaluationRequest(long? ResumeId, long? JobId, long? JobDescriptionId)
{
    public Dictionary<string, string[]> Validate()
    {
        Dictionary<string, string[]> errors = [];
        if (ResumeId is null)
        {
            errors["resumeId"] = ["resumeId is required."];
        }

        if ((JobId is null) == (JobDescriptionId is null))
        {
            errors["jobId"] = ["Give exactly one of jobId (a stored posting) or jobDescriptionId (a pasted or uploaded description)."];
        }

        return errors;
    }
}
