namespace JobSentinel.Core.Sources;

public enum CircuitState
{
    Closed,
    Open,
    HalfOpen,
}
