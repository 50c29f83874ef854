namespace JobSentinel.Core.Browser;

/// <summary>Chromium could not be started; the message says where it was looked for and what to do.</summary>
public sealed class BrowserUnavailableException(string message, Exception? innerException = null) : Exception(message, innerException);
