namespace JobSentinel.Tests.TestDoubles;

/// <summary>Retries an assertion until it holds or the time is up (background work finishes on its own schedule).</summary>
public static class Eventually
{
    public static Task AssertAsync(Action assertion, TimeSpan? timeout = null) => AssertAsync(() =>
    {
        assertion();
        return Task.CompletedTask;
    }, timeout);

    public static async Task AssertAsync(Func<Task> assertion, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
