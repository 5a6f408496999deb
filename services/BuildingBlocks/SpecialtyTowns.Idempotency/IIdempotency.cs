using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Idempotency;

/// <summary>
/// Runs a mutating use case at most once per (caller, request id): the key is claimed, the
/// change saved (with its outbox rows) and the result stored in one transaction. A retry,
/// sequential or concurrent, gets the stored result and changes nothing.
/// </summary>
public interface IIdempotency
{
    /// <summary>
    /// Claims the command's request id for the caller, runs <paramref name="change"/> (which only
    /// changes tracked entities and adds outbox messages), saves and commits; returns what
    /// <paramref name="change"/> returned, or, for a request already done, what it returned then.
    /// </summary>
    /// <param name="caller">Keys are scoped to <see cref="Caller.Subject"/>: another caller's same key is another request.</param>
    /// <param name="operation">A stable name of the use case, stored with the key.</param>
    /// <param name="command">Fingerprinted without its request id, to refuse a key reused for other content.</param>
    /// <param name="change">Runs inside the transaction; may run again if the database asks for a retry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="SharedKernel.Errors.ConflictException">The caller used the key for another operation or other content.</exception>
    Task<TResult> ExecuteAsync<TCommand, TResult>(
        Caller caller,
        string operation,
        TCommand command,
        Func<CancellationToken, Task<TResult>> change,
        CancellationToken cancellationToken)
        where TCommand : IIdempotentCommand;
}
