using System.Reflection;
using System.Reflection.Emit;

namespace Radiomics.Tests.Architecture;

/// <summary>
/// The types a type uses, read from its metadata and its IL: base type and interfaces, fields, method signatures,
/// locals, caught exceptions and every type, method or field token in its method bodies (which is where a call to
/// another namespace's code shows). Generic arguments count as uses. Compiler-generated nested types (lambdas,
/// iterators, async state machines) belong to their declaring type's namespace, so their uses count too.
/// </summary>
internal static class TypeDependencies
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    /// <summary>Every type <paramref name="type"/> refers to (generic arguments and element types unwrapped).</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var used = new HashSet<Type>();
        Add(used, type.BaseType);
        foreach (Type contract in type.GetInterfaces())
        {
            Add(used, contract);
        }

        foreach (FieldInfo field in type.GetFields(Everything))
        {
            Add(used, field.FieldType);
        }

        foreach (MethodBase method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                Add(used, info.ReturnType);
            }

            foreach (ParameterInfo parameter in method.GetParameters())
            {
                Add(used, parameter.ParameterType);
            }

            AddBody(used, method);
        }

        return used;
    }

    private static void AddBody(HashSet<Type> used, MethodBase method)
    {
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            return;
        }

        if (body is null)
        {
            return;
        }

        foreach (LocalVariableInfo local in body.LocalVariables)
        {
            Add(used, local.LocalType);
        }

        foreach (ExceptionHandlingClause clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                Add(used, clause.CatchType);
            }
        }

        byte[]? il = body.GetILAsByteArray();
        if (il is null)
        {
            return;
        }

        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        Type[]? methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        Module module = method.Module;
        int position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            OpCode code = OpCodesByValue[value];
            int operandSize = OperandSize(code.OperandType, il, position);
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField
                or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, position);
                AddMember(used, module, token, typeArguments, methodArguments);
            }

            position += operandSize;
        }
    }

    private static void AddMember(HashSet<Type> used, Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException)
        {
            return;
        }

        switch (member)
        {
            case Type type:
                Add(used, type);
                break;
            case FieldInfo field:
                Add(used, field.DeclaringType);
                Add(used, field.FieldType);
                break;
            case MethodBase method:
                Add(used, method.DeclaringType);
                if (method is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (Type argument in generic.GetGenericArguments())
                    {
                        Add(used, argument);
                    }
                }

                break;
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };

    private static void Add(HashSet<Type> used, Type? type)
    {
        if (type is null)
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(used, type.GetElementType());
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (Type argument in type.GetGenericArguments())
            {
                Add(used, argument);
            }

            type = type.GetGenericTypeDefinition();
        }

        if (!type.IsGenericParameter)
        {
            used.Add(type);
        }
    }
}
