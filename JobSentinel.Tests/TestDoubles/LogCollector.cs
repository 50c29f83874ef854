using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace JobSentinel.Tests.TestDoubles;

/// <summary>Every log message of every category, formatted, for tests that check what reaches the logs.</summary>
public sealed class LogCollector : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector collector, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            collector.Messages.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
