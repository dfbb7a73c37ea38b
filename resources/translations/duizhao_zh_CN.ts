<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BlockKind</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssayHtml</name>
    <message>
        <source>simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traditional, Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traditional, Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese, shown in %1 script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to %1 script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title line in the file; title taken from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script conversion is unavailable (%1); Chinese text is shown as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confidence %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <source>The disk is full, or the library reached its size limit. The change was rolled back: nothing of it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file or its folder is read-only. The change was rolled back: nothing of it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file is damaged, or it is not a Duizhao library. Restore a backup (library.sqlite.vN.bak) or run Ǎuizhao-cli check”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program kept the library busy for too long. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file could not be read or written. The change was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationEditor</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; new names join the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationPanel</name>
    <message>
        <source>Show all annotations, only claims, claims with one verdict, or one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review: text not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationWorkspace</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight in Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Counterpart of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected text in the last colour used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected text with tags and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected text as a claim, with its type and verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims Across the Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Codebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Re-attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the annotation&apos;s essay and select the text it belongs to, then re-attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in a paragraph that shows the original text (not the converted column) to annotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Set Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the counterpart text in the paragraph paired with the annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::BlockContextMenu</name>
    <message>
        <source>Block %1 Is &amp;a…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;Line Like This…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach the importer: lines like this one, in this library and in later imports, get the kind you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Raw Blocks to Re-classify Hidden Ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge With the Next Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pair With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the Automatic Alignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::ClaimsModel</name>
    <message>
        <source>(needs review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::ClaimsView</name>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims: essay, quote, counterpart, type, tags, note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the claims listed, as filtered here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 claims shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::EssayAnnotationLayer</name>
    <message>
        <source>Claim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight (no note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::EssayView</name>
    <message>
        <source>simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Raw Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every block of the file with its kind, language and pair, residue included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Essay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Conversion Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint converted characters OpenCC could have written another way (后 → 後 or 后); hover one for the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No essay selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw view: every block in file order, residue included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side: English and Chinese, paragraph by paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese in two scripts, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pane: Chinese %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::ExportDialog</name>
    <message numerus="yes">
        <source>Binary file, %n bytes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Binary file (ZIP, %1 bytes), %n files:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The essays selected in the library (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only annotations marked as claims, as the claims view lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes without the essay text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML and PDF: leave out the essay and write the notes alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This export is too large to preview (%n essays). Export it to see it whole.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::FindBar</name>
    <message>
        <source>Find in essay, any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in both panes. Script, width, case and regional spelling do not matter: 美国 finds 美國, 芯片 finds 晶片.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::ImportResultsDialog</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 failed, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Before it stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only failed, skipped and warned files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::LibraryModel</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese, simplified script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese, traditional script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no title line; this one is taken from the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::MainWindow</name>
    <message>
        <source>Duizhao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, author, outlet or file, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match. Script and regional spelling do not matter: 晶片 finds 芯片, 美國 finds 美国.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import essay files into the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every text file in a folder and its subfolders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write annotated notes as Markdown, HTML, PDF, CSV or W3C Web Annotation JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another library file, or name a new one to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay &amp;Metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the title, author, outlet, date or URL; re-imports keep your corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;Translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an essay in one language side by side with its translation from another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Structure Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds you taught the importer for every line like one you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the library, leaving the page the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous A&amp;nnotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query for the whole library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims listed in the claims window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Backups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Duizhao…

The file as it was is kept beside it as a backup. A large library takes a minute or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library upgraded; the old file is kept as a backup beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading it for this version of Duizhao failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Read Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty. Import files or a folder from the File menu, or drop them on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essay %1 is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the file being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.text *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duizhao libraries (*.sqlite *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essays: %1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essays: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bilingual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Duizhao %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reads bilingual tech-policy essays with English and Chinese side by side. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Attach the Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation attached and aligned; re-imports keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Detach the Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata saved; re-imports keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Re-classify the Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 is now: %2; re-imports keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Apply the Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule saved: every line like “%1” is now %2 (%n essay(s) changed); later imports follow it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Change the Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment saved; re-imports keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the automatic alignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This essay has no annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::MetadataDialog</name>
    <message>
        <source>Essay Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You corrected this; re-imports keep your value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what the file says again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as the file says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written, e.g. 2025-03-14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::NeedsReviewView</name>
    <message>
        <source>Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the text this annotation belongs to in the essay, then press this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) lost their text in a re-import. They are kept with quote and note; re-attach each to a new selection.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duizhao::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the essay decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hovering over a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicking a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language shows from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hinese font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dictionary opens by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duizhao libraries (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::ScriptSwitch</name>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of the Chinese text in the left pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of the Chinese text in the right pane (OpenCC); characters the conversion had to choose for are tinted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::SearchPanel</name>
    <message>
        <source>Search every essay, any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words must all match; &quot;a phrase&quot;; a OR b; -word excludes; prefix*. 芯片 also finds 晶片, 美国 finds 美國.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks matching in this essay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No essay matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 essays match, best %2 shown (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 essay matches (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 essays match (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::SelectionToolBar</name>
    <message>
        <source>Highlight in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag / Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight with tags and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as a claim, with type and verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::StructureRuleDialog</name>
    <message>
        <source>Every Line Like This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text (spacing and case aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text, any numbers (“阅读 1024 次” matches “阅读 7 次”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this essay&apos;s site (it names none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every essay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching lines already in the library change now, and so do those of later imports. A block you re-classified yourself keeps your choice. Edit → Structure Rules lists the rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to Every Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::StructureRulesDialog</name>
    <message>
        <source>Structure Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you taught the importer with ǎvery Line Like This”. Rules apply to the library now and to every later import; a block you re-classified yourself keeps your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Change the Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Remove the Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duizhao::TagCodebookDialog</name>
    <message>
        <source>Tag Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation tagged “%1” will be tagged with the tag you choose, and “%1” will be removed from the codebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n annotation(s). Remove it from them and delete it? The annotations themselves stay.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove From Annotations and Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads bilingual essays with English and Chinese side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file or folder before showing the window (may be given more than once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the essay with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the essay is shown, then quit (exit code 1 if anything failed on the way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the search panel with this query and show the best hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script of the right pane: auto, original, hans, hant, tw, hk or none (one pane).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight this block of the open essay and its counterpart, as hovering it would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window for this run: system, en, zh_CN or zh_TW.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
