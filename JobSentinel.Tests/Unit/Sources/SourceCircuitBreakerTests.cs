using JobSentinel.Core.Sources;

namespace JobSentinel.Tests.Unit.Sources;

public sealed class SourceCircuitBreakerTests
{
    private const int Threshold = 3;
    private static readonly TimeSpan CoolDown = TimeSpan.FromMinutes(30);
    private static readonly DateTime Start = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void RecordFailure_BelowThreshold_StaysClosed()
    {
        var source = NewSource();

        Fail(source, Threshold - 1);

        Assert.Equal(CircuitState.Closed, source.CircuitState);
        Assert.Equal(Threshold - 1, source.ConsecutiveFailures);
        Assert.Null(source.CircuitOpenedAt);
    }

    [Fact]
    public void RecordFailure_AtThreshold_OpensAndRecordsWhen()
    {
        var source = NewSource();
        Fail(source, Threshold - 1);

        SourceCircuitBreaker.RecordFailure(source, Start.AddMinutes(5), Threshold);

        Assert.Equal(CircuitState.Open, source.CircuitState);
        Assert.Equal(Threshold, source.ConsecutiveFailures);
        Assert.Equal(Start.AddMinutes(5), source.CircuitOpenedAt);
    }

    [Fact]
    public void TryBegin_Closed_AllowsAndStaysClosed()
    {
        var source = NewSource();

        var allowed = SourceCircuitBreaker.TryBegin(source, Start, CoolDown, manual: false);

        Assert.True(allowed);
        Assert.Equal(CircuitState.Closed, source.CircuitState);
    }

    [Fact]
    public void TryBegin_ScheduledRunWhileOpenBeforeCoolDown_IsRefusedAndCircuitStaysOpen()
    {
        var source = OpenedAt(Start);

        var allowed = SourceCircuitBreaker.TryBegin(source, Start + CoolDown - TimeSpan.FromSeconds(1), CoolDown, manual: false);

        Assert.False(allowed);
        Assert.Equal(CircuitState.Open, source.CircuitState);
        Assert.Equal(Start, source.CircuitOpenedAt);
    }

    [Fact]
    public void TryBegin_ScheduledRunAfterCoolDown_IsLetThroughAsHalfOpenTrial()
    {
        var source = OpenedAt(Start);

        var allowed = SourceCircuitBreaker.TryBegin(source, Start + CoolDown, CoolDown, manual: false);

        Assert.True(allowed);
        Assert.Equal(CircuitState.HalfOpen, source.CircuitState);
    }

    [Fact]
    public void TryBegin_ManualRunWhileOpenBeforeCoolDown_IsLetThroughAsHalfOpenTrial()
    {
        var source = OpenedAt(Start);

        var allowed = SourceCircuitBreaker.TryBegin(source, Start.AddMinutes(1), CoolDown, manual: true);

        Assert.True(allowed);
        Assert.Equal(CircuitState.HalfOpen, source.CircuitState);
    }

    [Fact]
    public void RecordFailure_FailedTrial_ReopensAtOnceWhateverTheCount()
    {
        var source = OpenedAt(Start);
        SourceCircuitBreaker.TryBegin(source, Start.AddMinutes(1), CoolDown, manual: true);
        var reopenedAt = Start.AddMinutes(2);

        SourceCircuitBreaker.RecordFailure(source, reopenedAt, threshold: 100);

        Assert.Equal(CircuitState.Open, source.CircuitState);
        Assert.Equal(reopenedAt, source.CircuitOpenedAt);
    }

    [Fact]
    public void TryBegin_ScheduledRunAfterFailedTrial_WaitsForANewCoolDown()
    {
        var source = OpenedAt(Start);
        SourceCircuitBreaker.TryBegin(source, Start + CoolDown, CoolDown, manual: false);
        SourceCircuitBreaker.RecordFailure(source, Start + CoolDown, Threshold);

        var allowed = SourceCircuitBreaker.TryBegin(source, Start + CoolDown + TimeSpan.FromMinutes(1), CoolDown, manual: false);

        Assert.False(allowed);
    }

    [Fact]
    public void RecordSuccess_AfterTrial_ClosesAndResets()
    {
        var source = OpenedAt(Start);
        SourceCircuitBreaker.TryBegin(source, Start.AddMinutes(1), CoolDown, manual: true);

        SourceCircuitBreaker.RecordSuccess(source);

        Assert.Equal(CircuitState.Closed, source.CircuitState);
        Assert.Equal(0, source.ConsecutiveFailures);
        Assert.Null(source.CircuitOpenedAt);
    }

    [Fact]
    public void RecordSuccess_BetweenFailures_RestartsTheCount()
    {
        var source = NewSource();
        Fail(source, Threshold - 1);
        SourceCircuitBreaker.RecordSuccess(source);

        Fail(source, Threshold - 1);

        Assert.Equal(CircuitState.Closed, source.CircuitState);
        Assert.Equal(Threshold - 1, source.ConsecutiveFailures);
    }

    [Fact]
    public void Effective_OpenBeforeCoolDown_IsOpen()
    {
        var source = OpenedAt(Start);

        Assert.Equal(CircuitState.Open, SourceCircuitBreaker.Effective(source, Start + CoolDown - TimeSpan.FromTicks(1), CoolDown));
    }

    [Fact]
    public void Effective_OpenOnceCoolDownIsOver_IsHalfOpenWithoutChangingTheSource()
    {
        var source = OpenedAt(Start);

        var state = SourceCircuitBreaker.Effective(source, Start + CoolDown, CoolDown);

        Assert.Equal(CircuitState.HalfOpen, state);
        Assert.Equal(CircuitState.Open, source.CircuitState);
    }

    [Theory]
    [InlineData(CircuitState.Closed)]
    [InlineData(CircuitState.HalfOpen)]
    public void Effective_NotOpen_IsTheStoredState(CircuitState stored)
    {
        var source = NewSource();
        source.CircuitState = stored;

        Assert.Equal(stored, SourceCircuitBreaker.Effective(source, Start.AddDays(1), CoolDown));
    }

    [Fact]
    public void RetryAt_Open_IsOpenedPlusCoolDown()
    {
        var source = OpenedAt(Start);

        Assert.Equal(Start + CoolDown, SourceCircuitBreaker.RetryAt(source, CoolDown));
    }

    [Theory]
    [InlineData(CircuitState.Closed)]
    [InlineData(CircuitState.HalfOpen)]
    public void RetryAt_NotOpen_IsNull(CircuitState stored)
    {
        var source = NewSource();
        source.CircuitState = stored;
        source.CircuitOpenedAt = Start;

        Assert.Null(SourceCircuitBreaker.RetryAt(source, CoolDown));
    }

    private static Source NewSource() => new() { Name = "Acme", Schedule = "0 * * * *" };

    private static Source OpenedAt(DateTime opened)
    {
        var source = NewSource();
        Fail(source, Threshold - 1);
        SourceCircuitBreaker.RecordFailure(source, opened, Threshold);
        return source;
    }

    private static void Fail(Source source, int times)
    {
        for (var i = 0; i < times; i++)
        {
            SourceCircuitBreaker.RecordFailure(source, Start.AddMinutes(i), Threshold);
        }
    }
}
