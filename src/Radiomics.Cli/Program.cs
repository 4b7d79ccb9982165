namespace Radiomics.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("radiomics: not implemented yet");
        return 1;
    }
}
