using System.Runtime.CompilerServices;
using Jit.Lexing;
using Jit.Parsing.Ast;

namespace Jit.Parsing;

/// <summary>A hand-written recursive-descent parser that turns tokens into the AST CPython 3.11's
/// <c>ast.parse</c> produces. It follows the shape of CPython's PEG grammar but parses an
/// expression once and decides afterwards whether it was an assignment target (as CPython's old
/// LL(1) parser did), so nothing is parsed twice; the few places that need real backtracking
/// (parenthesized <c>with</c> items, the soft keyword <c>match</c>) mark and reset the token
/// buffer.</summary>
public sealed partial class Parser
{
    /// <summary>Nesting limit for expressions, statements and patterns. Deeper input gets the error
    /// CPython's compiler gives, instead of overflowing the .NET stack here or in later stages
    /// that walk the tree recursively.</summary>
    private const int MaxDepth = 3000;

    private readonly Lexer _lexer;
    private readonly string _source;
    private readonly string _fileName;

    // Tokens pulled from the lexer so far; _pos is the current one, always filled.
    private Token[] _tokens;
    private int _count;
    private int _pos;

    // End of the last consumed token that is not NEWLINE/INDENT/DEDENT/ENDMARKER: where a node
    // that ends "here" ends, as CPython's _PyPegen_get_last_nonnwhitespace_token.
    private int _prevEndLine;
    private int _prevEndCol;

    private int _depth;

    private SyntaxErrorException? _lexerError;

    private Parser(string source, string fileName, int lineShift = 0, int columnShift = -1)
    {
        _source = source;
        _fileName = fileName;
        _lexer = new Lexer(source, fileName);
        _tokens = RentTokenBuffer(columnShift >= 0);
        _prevEndLine = 1;
        _inFString = columnShift >= 0;
        _lineShift = lineShift;
        _columnShift = Math.Max(columnShift, 0);
        Fetch();
    }

    /// <summary>Parses a whole file (CPython's <c>exec</c> mode).</summary>
    public static Module ParseModule(string source, string fileName = "<unknown>")
    {
        var parser = new Parser(source, fileName);
        return parser.Run(static p => p.ParseFile());
    }

    /// <summary>Parses a file given as bytes: BOM and PEP 263 coding declarations are honoured.</summary>
    public static Module ParseModule(byte[] source, string fileName = "<unknown>")
    {
        return ParseModule(SourceDecoder.Decode(source, fileName), fileName);
    }

    /// <summary>Parses an expression (CPython's <c>eval</c> mode).</summary>
    public static Expression ParseExpression(string source, string fileName = "<unknown>")
    {
        var parser = new Parser(source, fileName);
        return parser.Run(static p => p.ParseEvalInput());
    }

    /// <summary>Parses one interactive statement (CPython's <c>single</c> mode).</summary>
    public static Interactive ParseInteractive(string source, string fileName = "<stdin>")
    {
        var parser = new Parser(source, fileName);
        return parser.Run(static p => p.ParseInteractiveInput());
    }

    private T Run<T>(Func<Parser, T> parse)
    {
        try
        {
            return parse(this);
        }
        catch (SyntaxErrorException error) when (error == _parserError)
        {
            // As CPython, a tokenizer error further on wins over the parser's own error.
            throw PreferTokenizerError(error);
        }
        finally
        {
            ReturnTokenBuffer(_tokens);
        }
    }

    // One token buffer per thread, reused from file to file: most files never grow it.
    [ThreadStatic]
    private static Token[]? t_tokenBuffer;

    private static Token[] RentTokenBuffer(bool small)
    {
        if (small)
        {
            return new Token[16];
        }

        var buffer = t_tokenBuffer ?? new Token[512];
        t_tokenBuffer = null;
        return buffer;
    }

    private static void ReturnTokenBuffer(Token[] buffer)
    {
        if (buffer.Length >= 512 && buffer.Length <= 1 << 16)
        {
            t_tokenBuffer = buffer;
        }
    }

    private Module ParseFile()
    {
        var body = new List<Stmt>();
        while (Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }

        return new Module(body, Array.Empty<TypeIgnore>());
    }

    private Expression ParseEvalInput()
    {
        var body = ParseExpressions();
        while (Kind == TokenKind.Newline)
        {
            Advance();
        }

        if (Kind != TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }

        return new Expression(body);
    }

    private Interactive ParseInteractiveInput()
    {
        var body = new List<Stmt>();
        if (Kind == TokenKind.Newline)
        {
            var pass = new Pass();
            SetLocation(pass, in Current, in Current);
            body.Add(pass);
            Advance();
        }
        else if (Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }

        return new Interactive(body);
    }

    // ---- Token buffer ----

    private ref Token Current => ref _tokens[_pos];

    private TokenKind Kind => _tokens[_pos].Kind;

    private TokenKind PeekKind(int ahead)
    {
        while (_pos + ahead >= _count)
        {
            Fetch();
        }

        return _tokens[_pos + ahead].Kind;
    }

    private ref Token PeekToken(int ahead)
    {
        while (_pos + ahead >= _count)
        {
            Fetch();
        }

        return ref _tokens[_pos + ahead];
    }

    private void Fetch()
    {
        if (_count == _tokens.Length)
        {
            Array.Resize(ref _tokens, _count * 2);
        }

        // Past the end the lexer is not asked again: ENDMARKER repeats. After a tokenizer error
        // it is not asked again either: the same error stands.
        if (_count > 0 && _tokens[_count - 1].Kind == TokenKind.EndMarker)
        {
            _tokens[_count] = _tokens[_count - 1];
        }
        else
        {
            if (_lexerError != null)
            {
                throw _lexerError;
            }

            try
            {
                _tokens[_count] = NextToken();
            }
            catch (SyntaxErrorException error)
            {
                _lexerError = error;
                throw;
            }
        }

        _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        ref Token token = ref _tokens[_pos];
        if (!IsWhitespace(token.Kind))
        {
            _prevEndLine = token.EndLine;
            _prevEndCol = token.EndColumn;
        }

        _pos++;
        if (_pos == _count)
        {
            Fetch();
        }
    }

    private static bool IsWhitespace(TokenKind kind) =>
        kind == TokenKind.EndMarker || (uint)(kind - TokenKind.Newline) <= TokenKind.Dedent - TokenKind.Newline;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Accept(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (_tokens[_pos].Kind != kind)
        {
            throw InvalidSyntax();
        }

        Advance();
    }

    /// <summary>A position in the token stream to come back to.</summary>
    private readonly record struct Mark(int Pos, int PrevEndLine, int PrevEndCol);

    private Mark Save() => new(_pos, _prevEndLine, _prevEndCol);

    private void Restore(Mark mark)
    {
        _pos = mark.Pos;
        _prevEndLine = mark.PrevEndLine;
        _prevEndCol = mark.PrevEndCol;
    }

    /// <summary>Drops tokens already consumed, at statement boundaries where no mark is held, so
    /// the buffer stays small on long files.</summary>
    private void Compact()
    {
        if (_pos < 256 || _speculating > 0)
        {
            return;
        }

        int live = _count - _pos;
        Array.Copy(_tokens, _pos, _tokens, 0, live);
        _count = live;
        _pos = 0;
    }

    // ---- Token text ----

    private string NameOf(in Token token) => _lexer.NameText(token);

    private object NumberValue(in Token token) => NumberLiteral.Parse(_source.AsSpan(token.Start, token.Length));

    private object DecodeString(in Token token) => StringLiteral.Decode(_lexer, token);

    /// <summary>Literal text of an f-string between replacement fields.</summary>
    private string DecodeFStringLiteral(in StringToken token, int start, int end) =>
        StringLiteral.DecodeString(_source.AsSpan(start, end - start), token.IsRaw, _lexer, token.Token);

    /// <summary>Compares a NAME token's source text with a soft keyword, as CPython does (raw
    /// text, not the normalized identifier).</summary>
    private bool IsSoftKeyword(in Token token, string keyword) =>
        token.Kind == TokenKind.Name && _source.AsSpan(token.Start, token.Length).SequenceEqual(keyword);

    private string ExpectName()
    {
        if (Kind != TokenKind.Name)
        {
            throw InvalidSyntax();
        }

        string name = NameOf(in Current);
        Advance();
        return name;
    }

    // ---- Locations ----

    /// <summary>Sets a node's start and makes it end where the last consumed token ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Finish<T>(T node, int line, int column)
        where T : Located
    {
        node.Lineno = line;
        node.ColOffset = column;
        node.EndLineno = _prevEndLine;
        node.EndColOffset = _prevEndCol;
        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Finish<T>(T node, in Token start)
        where T : Located => Finish(node, start.Line, start.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Finish<T>(T node, Position start)
        where T : Located => Finish(node, start.Line, start.Column);

    /// <summary>Where a rule starts: a node spans from its rule's first token, so a parenthesized
    /// left operand's '(' is included, as in CPython.</summary>
    private readonly record struct Position(int Line, int Column);

    private Position Here => new(_tokens[_pos].Line, _tokens[_pos].Column);

    private static T SetLocation<T>(T node, in Token start, in Token end)
        where T : Located
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Column;
        node.EndLineno = end.EndLine;
        node.EndColOffset = end.EndColumn;
        return node;
    }

    private static T CopyLocation<T>(T node, Located from)
        where T : Located
    {
        node.Lineno = from.Lineno;
        node.ColOffset = from.ColOffset;
        node.EndLineno = from.EndLineno;
        node.EndColOffset = from.EndColOffset;
        return node;
    }

    // ---- Recursion guard ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        // The stack itself is checked every 16 levels: the runtime's margin covers far more.
        if (++_depth > MaxDepth || ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw TooDeep();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _depth--;

    /// <summary>One more level of tree depth built by a loop (operator chains, trailers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Deepen()
    {
        if (++_depth > MaxDepth)
        {
            throw TooDeep();
        }
    }
}
