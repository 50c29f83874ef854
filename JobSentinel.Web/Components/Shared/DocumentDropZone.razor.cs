using JobSentinel.Core.Configuration;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Components.Shared;

/// <summary>A drag-and-drop (or click) zone for one document, reading it within the configured size with visible progress.</summary>
public partial class DocumentDropZone
{
    private const int ChunkSize = 64 * 1024;

    private bool _dragging;
    private double? _progress;
    private string? _fileName;
    private string? _error;

    [Inject]
    public required IOptionsMonitor<UploadsOptions> Options { get; init; }

    /// <summary>Receives the file's bytes and name; returns an error message to show, or null when it went well.</summary>
    [Parameter, EditorRequired]
    public required Func<byte[], string, Task<string?>> OnDocument { get; set; }

    [Parameter]
    public string Prompt { get; set; } = "Drop a file here or click to choose one";

    [Parameter]
    public string BusyText { get; set; } = "Analysing…";

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public string TestId { get; set; } = "document-upload";

    private long MaxBytes => Options.CurrentValue.MaxBytes;

    private string MaxMegabytes => (MaxBytes / (1024.0 * 1024)).ToString("0.#");

    private string ZoneClass => $"pa-6 d-flex flex-column align-center justify-center gap-1 {(_dragging ? "mud-border-primary" : "")}";

    private async Task FileChosenAsync(InputFileChangeEventArgs args)
    {
        _error = null;
        var file = args.File;
        if (file.Size > MaxBytes)
        {
            _error = $"{file.Name} is {file.Size / (1024.0 * 1024):0.#} MB; files may be at most {MaxMegabytes} MB.";
            return;
        }

        _fileName = file.Name;
        _progress = 0;
        byte[] content;
        try
        {
            content = new byte[file.Size];
            await using var stream = file.OpenReadStream(MaxBytes);
            var read = 0;
            while (read < content.Length)
            {
                var n = await stream.ReadAsync(content.AsMemory(read, Math.Min(ChunkSize, content.Length - read)));
                if (n == 0)
                {
                    break;
                }

                read += n;
                _progress = 100.0 * read / content.Length;
                StateHasChanged();
            }
        }
        catch (IOException ex)
        {
            _progress = null;
            _error = $"{file.Name} could not be read: {ex.Message}";
            return;
        }

        _progress = null;
        _error = await OnDocument(content, file.Name);
    }
}
