namespace JobSentinel.Core.Applications;

/// <summary>
/// A field of a partial update: <see cref="IsSet"/> false leaves the stored value alone; set to null clears it.
/// </summary>
public readonly record struct Change<T>(bool IsSet, T Value)
{
    public static implicit operator Change<T>(T value) => new(true, value);

    public T Or(T current) => IsSet ? Value : current;
}
