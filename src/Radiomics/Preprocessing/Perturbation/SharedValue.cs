using System.Runtime.ExceptionServices;

namespace Radiomics.Preprocessing.Perturbation;

/// <summary>
/// A value several variants need (a noisy image, a resampled image and its ROI): made once by the first user, under a
/// lock, and dropped when its last user is done, so only the values of the variants in progress stay in memory. A
/// failure to make it is kept and rethrown to every user, so each sees the same error.
/// </summary>
internal sealed class SharedValue<T>(Func<T> create, int users)
    where T : class
{
    private readonly Lock _gate = new();
    private T? _value;
    private ExceptionDispatchInfo? _failure;
    private int _users = users;

    /// <summary>The value, made on first use.</summary>
    public T Get()
    {
        lock (_gate)
        {
            if (_value is null && _failure is null)
            {
                if (_users <= 0)
                {
                    throw new InvalidOperationException("A shared value was asked for after its last user released it.");
                }

                try
                {
                    _value = create();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    _failure = ExceptionDispatchInfo.Capture(e);
                }
            }

            _failure?.Throw();
            return _value!;
        }
    }

    /// <summary>One user is done; the last one drops the value.</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (--_users <= 0)
            {
                _value = null;
            }
        }
    }
}
