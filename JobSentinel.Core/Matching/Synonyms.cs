using System.Collections.Frozen;

namespace JobSentinel.Core.Matching;

/// <summary>
/// Built-in synonym groups for tech terms ("k8s" = "kubernetes", "postgres" = "postgresql"), compared by
/// their <see cref="TermTokens"/> so case and punctuation never matter ("Node.JS" = "node js"). The first
/// name of a group is its canonical name, the key of learned weights: renaming one orphans those weights.
/// Ambiguous short aliases ("tf", "rn", "cv", "pm") are left out on purpose.
/// </summary>
public static class Synonyms
{
    private static readonly string[][] Groups =
    [
        ["kubernetes", "k8s"],
        ["javascript", "js", "ecmascript", "es6"],
        ["typescript", "ts"],
        ["postgresql", "postgres", "psql"],
        ["go", "golang"],
        ["python", "py", "python3"],
        ["machine learning", "ml"],
        ["ai", "artificial intelligence"],
        ["nlp", "natural language processing"],
        ["llm", "llms", "large language model", "large language models"],
        ["generative ai", "genai", "gen ai"],
        ["rag", "retrieval augmented generation"],
        ["mlops", "ml ops"],
        ["aws", "amazon web services"],
        ["gcp", "google cloud", "google cloud platform"],
        ["azure", "microsoft azure", "ms azure"],
        ["eks", "amazon eks", "elastic kubernetes service"],
        ["gke", "google kubernetes engine"],
        ["aks", "azure kubernetes service"],
        ["node.js", "node", "nodejs"],
        ["react", "react.js", "reactjs"],
        ["react native", "reactnative"],
        ["vue", "vue.js", "vuejs"],
        ["angular", "angularjs", "angular.js"],
        ["next.js", "nextjs"],
        ["nuxt", "nuxt.js", "nuxtjs"],
        ["express.js", "expressjs"],
        ["c#", "csharp", "c sharp"],
        ["f#", "fsharp"],
        ["c++", "cpp", "cplusplus"],
        ["objective-c", "objc"],
        [".net", "dotnet"],
        ["asp.net", "aspnet"],
        ["entity framework", "ef core", "efcore"],
        ["ruby on rails", "rails", "ror"],
        ["spring boot", "springboot"],
        ["fastapi", "fast api"],
        ["sre", "site reliability engineering", "site reliability engineer", "site reliability"],
        ["devops", "dev ops"],
        ["ci/cd", "cicd", "continuous integration", "continuous delivery", "continuous deployment"],
        ["terraform", "hashicorp terraform"],
        ["iac", "infrastructure as code"],
        ["argocd", "argo cd"],
        ["github actions", "gh actions"],
        ["openshift", "red hat openshift"],
        ["linux", "gnu/linux"],
        ["powershell", "power shell"],
        ["rest api", "restful", "restful api", "rest apis"],
        ["graphql", "graph ql"],
        ["microservices", "microservice", "micro services"],
        ["sql server", "mssql", "ms sql", "microsoft sql server"],
        ["elasticsearch", "elastic search"],
        ["mongodb", "mongo"],
        ["dynamodb", "dynamo db"],
        ["bigquery", "big query"],
        ["rabbitmq", "rabbit mq"],
        ["kafka", "apache kafka"],
        ["spark", "apache spark", "pyspark"],
        ["hadoop", "apache hadoop"],
        ["tensorflow", "tensor flow"],
        ["scikit-learn", "sklearn"],
        ["etl", "extract transform load"],
        ["data warehouse", "data warehousing", "dwh"],
        ["bi", "business intelligence"],
        ["dba", "database administrator"],
        ["hpc", "high performance computing"],
        ["iot", "internet of things"],
        ["vr", "virtual reality"],
        ["webassembly", "wasm"],
        ["tailwind", "tailwindcss", "tailwind css"],
        ["html", "html5"],
        ["css", "css3"],
        ["ux", "user experience"],
        ["ui", "user interface"],
        ["qa", "quality assurance"],
        ["tdd", "test driven development"],
        ["bdd", "behavior driven development", "behaviour driven development"],
        ["oop", "object oriented programming"],
        ["saas", "software as a service"],
        ["ecommerce", "e-commerce"],
        ["seo", "search engine optimization", "search engine optimisation"],
        ["crm", "customer relationship management"],
        ["erp", "enterprise resource planning"],
        ["salesforce", "sfdc"],
        ["cybersecurity", "cyber security", "infosec", "information security"],
        ["penetration testing", "pentesting", "pen testing", "pentest"],
        ["sso", "single sign-on"],
        ["iam", "identity and access management"],
        ["rtos", "real-time operating system"],
        ["full stack", "fullstack"],
        ["frontend", "front end"],
        ["backend", "back end"],
        ["software engineer", "software developer", "swe"],
        ["tech lead", "technical lead"],
        ["infrastructure", "infra"],
        ["senior", "sr"],
        ["junior", "jr"],
        ["vp", "vice president"],
    ];

    // Token sequence of every alternative of each group, the canonical name first.
    private static readonly string[][][] GroupTokens = [.. Groups.Select(group => group
        .Select(TermTokens.Tokenize)
        .DistinctBy(Key)
        .Select(tokens => tokens.ToArray())
        .ToArray())];

    private static readonly FrozenDictionary<string, int> GroupOf = BuildIndex();

    /// <summary>
    /// Every alternative of <paramref name="term"/>'s group as token sequences, the term's own first
    /// ("K8s" → [k8s], [kubernetes]); just the term when it is in no group; empty when it has no tokens.
    /// </summary>
    public static IReadOnlyList<string[]> Alternatives(string term)
    {
        var tokens = TermTokens.Tokenize(term);
        if (tokens.Count == 0)
        {
            return [];
        }

        var key = Key(tokens);
        string[][] own = [[.. tokens]];
        return GroupOf.TryGetValue(key, out var group)
            ? [.. own, .. GroupTokens[group].Where(alternative => Key(alternative) != key).Select(alternative => (string[])alternative.Clone())]
            : own;
    }

    /// <summary>
    /// The name <paramref name="term"/> is known by: its group's first name ("k8s" → "kubernetes"), or its
    /// tokens joined by a space when it is in no group ("Rust-Lang" → "rust lang"); empty when it has no tokens.
    /// </summary>
    public static string Canonical(string term)
    {
        var key = Key(TermTokens.Tokenize(term));
        return GroupOf.TryGetValue(key, out var group) ? Groups[group][0] : key;
    }

    private static string Key(IReadOnlyList<string> tokens) => string.Join(' ', tokens);

    private static FrozenDictionary<string, int> BuildIndex()
    {
        Dictionary<string, int> index = new(StringComparer.Ordinal);
        for (var group = 0; group < GroupTokens.Length; group++)
        {
            foreach (var alternative in GroupTokens[group])
            {
                // Add throws on an alternative listed in two groups: the table must say which group wins.
                index.Add(Key(alternative), group);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
