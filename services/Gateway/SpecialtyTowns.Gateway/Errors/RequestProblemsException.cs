namespace SpecialtyTowns.Gateway.Errors;

/// <summary>Gateway-side field errors found where no result can be returned (a body read by the endpoint itself); answered 400 by <see cref="BadRequestExceptionHandler"/>.</summary>
public sealed class RequestProblemsException(RequestProblems problems) : Exception(RequestProblems.Title)
{
    public RequestProblems Problems { get; } = problems;
}
