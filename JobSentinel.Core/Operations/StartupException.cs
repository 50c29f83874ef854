namespace JobSentinel.Core.Operations;

/// <summary>
/// A condition that stops the app from starting, with a message written for the operator
/// (what is wrong, which path or setting, what to do). Shown without a stack trace.
/// </summary>
public sealed class StartupException(string message, Exception? innerException = null) : Exception(message, innerException);
