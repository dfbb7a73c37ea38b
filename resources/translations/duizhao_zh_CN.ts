<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BlockKind</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>免责声明</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考资料</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复内容</translation>
    </message>
</context>
<context>
    <name>EssayHtml</name>
    <message>
        <source>simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>undetermined script</source>
        <translation>简繁未定</translation>
    </message>
    <message>
        <source>traditional, Taiwan</source>
        <translation>繁体（台湾）</translation>
    </message>
    <message>
        <source>traditional, Hong Kong</source>
        <translation>繁体（香港）</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[图片]</translation>
    </message>
    <message>
        <source>Chinese (%1)</source>
        <translation>中文（%1）</translation>
    </message>
    <message>
        <source>Chinese, shown in %1 script</source>
        <translation>中文，以%1显示</translation>
    </message>
    <message>
        <source>Original (%1)</source>
        <translation>原文（%1）</translation>
    </message>
    <message>
        <source>Converted to %1 script</source>
        <translation>已转换为%1</translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation>块：%1</translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation>对：%1</translation>
    </message>
    <message>
        <source>no title line in the file; title taken from the text</source>
        <translation>文件中没有标题行；标题取自正文</translation>
    </message>
    <message>
        <source>Script conversion is unavailable (%1); Chinese text is shown as written.</source>
        <translation>无法转换简繁（%1）；中文按原文显示。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Essay %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>%1 (confidence %2%)</source>
        <translation>%1（置信度 %2%）</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>lang</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>对</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <source>The disk is full, or the library reached its size limit. The change was rolled back: nothing of it was written.</source>
        <translation>磁盘已满，或文库已达到大小上限。更改已回滚：没有写入任何内容。</translation>
    </message>
    <message>
        <source>The library file or its folder is read-only. The change was rolled back: nothing of it was written.</source>
        <translation>文库文件或其所在文件夹是只读的。更改已回滚：没有写入任何内容。</translation>
    </message>
    <message>
        <source>Another program kept the library busy for too long. Try again when it has finished.</source>
        <translation>另一个程序占用文库的时间过长。请等它完成后再试。</translation>
    </message>
    <message>
        <source>The library file could not be read or written. The change was rolled back.</source>
        <translation>无法读取或写入文库文件。更改已回滚。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>The library file is damaged, or it is not a Duizhao library. Restore a backup (library.sqlite.vN.bak) or run “duizhao-cli check”.</source>
        <translation>文库文件已损坏，或者不是 Duizhao 文库。请恢复备份（library.sqlite.vN.bak）或运行“duizhao-cli check”。</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationEditor</name>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>New Annotation</source>
        <translation>新建批注</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Comma-separated; new names join the codebook</source>
        <translation>用逗号分隔；新名称会加入标签库</translation>
    </message>
    <message>
        <source>Note (Markdown)</source>
        <translation>笔记（Markdown）</translation>
    </message>
    <message>
        <source>This is a claim</source>
        <translation>这是一个论断</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>Claim type:</source>
        <translation>论断类型：</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>判定：</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationPanel</name>
    <message>
        <source>Show all annotations, only claims, claims with one verdict, or one tag</source>
        <translation>显示全部批注、仅论断、某一判定的论断或某一标签</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>全部批注</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>论断</translation>
    </message>
    <message>
        <source>Claims: %1</source>
        <translation>论断：%1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>needs review: text not found</source>
        <translation>需要复核：找不到文本</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
</context>
<context>
    <name>duizhao::AnnotationWorkspace</name>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Needs Review</source>
        <translation>需要复核</translation>
    </message>
    <message>
        <source>Highlight in Colour</source>
        <translation>以颜色高亮</translation>
    </message>
    <message>
        <source>Use as Counterpart of “%1”</source>
        <translation>用作“%1”的对应文本</translation>
    </message>
    <message>
        <source>Edit Annotation…</source>
        <translation>编辑批注…</translation>
    </message>
    <message>
        <source>Delete Annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected text in the last colour used</source>
        <translation>用上次使用的颜色高亮所选文本</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>批注所选内容(&amp;A)…</translation>
    </message>
    <message>
        <source>Highlight the selected text with tags and a note</source>
        <translation>为所选文本加上标签和笔记并高亮</translation>
    </message>
    <message>
        <source>Mark as &amp;Claim…</source>
        <translation>标记为论断(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark the selected text as a claim, with its type and verdict</source>
        <translation>将所选文本标记为论断，并注明类型和判定</translation>
    </message>
    <message>
        <source>&amp;Claims Across the Library</source>
        <translation>全文库的论断(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tag Codebook…</source>
        <translation>标签库(&amp;T)…</translation>
    </message>
    <message>
        <source>Cannot Annotate</source>
        <translation>无法批注</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>没有打开文库。</translation>
    </message>
    <message>
        <source>Cannot Change Annotation</source>
        <translation>无法更改批注</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <source>Mark Claim</source>
        <translation>标记论断</translation>
    </message>
    <message>
        <source>Add Annotation</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Annotated “%1”</source>
        <translation>已批注“%1”</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Cannot Re-attach</source>
        <translation>无法重新关联</translation>
    </message>
    <message>
        <source>Open the annotation&apos;s essay and select the text it belongs to, then re-attach.</source>
        <translation>请打开批注所属的文章，选中它对应的文本，然后重新关联。</translation>
    </message>
    <message>
        <source>Re-attach Annotation</source>
        <translation>重新关联批注</translation>
    </message>
    <message>
        <source>Select text in a paragraph that shows the original text (not the converted column) to annotate it.</source>
        <translation>请在显示原文（而非转换栏）的段落中选中文本再进行批注。</translation>
    </message>
    <message>
        <source>Cannot Set Counterpart</source>
        <translation>无法设置对应文本</translation>
    </message>
    <message>
        <source>Select the counterpart text in the paragraph paired with the annotation.</source>
        <translation>请在与批注配对的段落中选中对应文本。</translation>
    </message>
    <message>
        <source>Set Counterpart</source>
        <translation>设置对应文本</translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation>批注</translation>
    </message>
</context>
<context>
    <name>duizhao::BlockContextMenu</name>
    <message>
        <source>Block %1 Is &amp;a…</source>
        <translation>块 %1 是(&amp;A)…</translation>
    </message>
    <message>
        <source>Every &amp;Line Like This…</source>
        <translation>所有与此类似的行(&amp;L)…</translation>
    </message>
    <message>
        <source>Teach the importer: lines like this one, in this library and in later imports, get the kind you choose</source>
        <translation>告诉导入程序：本文库及以后导入中与这一行类似的行，都归为你选择的类型</translation>
    </message>
    <message>
        <source>Show Raw Blocks to Re-classify Hidden Ones</source>
        <translation>显示原始块以重新分类隐藏的块</translation>
    </message>
    <message>
        <source>A&amp;lignment</source>
        <translation>对齐(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Merge With the Next Row</source>
        <translation>与下一行合并(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Split Row</source>
        <translation>拆分行(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>取消配对(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pair With</source>
        <translation>配对到(&amp;P)</translation>
    </message>
    <message>
        <source>Block %1: %2</source>
        <translation>块 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Reset to the Automatic Alignment</source>
        <translation>恢复自动对齐(&amp;R)</translation>
    </message>
</context>
<context>
    <name>duizhao::ClaimsModel</name>
    <message>
        <source>(needs review)</source>
        <translation>（需要复核）</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>对应文本</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>duizhao::ClaimsView</name>
    <message>
        <source>Claims</source>
        <translation>论断</translation>
    </message>
    <message>
        <source>Filter claims: essay, quote, counterpart, type, tags, note</source>
        <translation>筛选论断：文章、引文、对应文本、类型、标签、笔记</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>任意判定</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the claims listed, as filtered here</source>
        <translation>按当前筛选导出列出的论断</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 条论断</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 claims shown</source>
        <translation>显示 %1 / %2 条论断</translation>
    </message>
</context>
<context>
    <name>duizhao::ConcordancePanel</name>
    <message>
        <source>Concordance of… (芯片, &quot;Silicon Valley&quot;, chip*)</source>
        <translation>语境索引…（芯片、&quot;Silicon Valley&quot;、chip*）</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>By essay</source>
        <translation>按文章</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>按日期</translation>
    </message>
    <message>
        <source>By left context</source>
        <translation>按左侧语境</translation>
    </message>
    <message>
        <source>By right context</source>
        <translation>按右侧语境</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>From (2024-01)</source>
        <translation>起始（2024-01）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Exact script</source>
        <translation>区分简繁</translation>
    </message>
    <message>
        <source>Exact vocabulary</source>
        <translation>区分地区用词</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>对应文本</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>正在列出…</translation>
    </message>
    <message>
        <source>%1 of %2 lines</source>
        <translation>显示 %1 / %2 条索引行</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 条索引行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1（%2 毫秒）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 条索引行写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>导出语境索引</translation>
    </message>
    <message>
        <source>concordance.csv</source>
        <translation>concordance.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>duizhao::EssayAnnotationLayer</name>
    <message>
        <source>Claim: %1</source>
        <translation>论断：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Highlight (no note)</source>
        <translation>高亮（无笔记）</translation>
    </message>
</context>
<context>
    <name>duizhao::EssayView</name>
    <message>
        <source>simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Show &amp;Raw Blocks</source>
        <translation>显示原始块(&amp;R)</translation>
    </message>
    <message>
        <source>Show every block of the file with its kind, language and pair, residue included</source>
        <translation>显示文件的每个块及其类型、语言和配对，包括残留内容</translation>
    </message>
    <message>
        <source>&amp;Find in Essay…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Mark Conversion Choices</source>
        <translation>标记转换选择(&amp;M)</translation>
    </message>
    <message>
        <source>Tint converted characters OpenCC could have written another way (后 → 後 or 后); hover one for the candidates</source>
        <translation>为 OpenCC 可以有其他写法的转换字符着色（后 → 後 或 后）；悬停可查看候选字</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Raw blocks</source>
        <translation>原始块</translation>
    </message>
    <message>
        <source>No essay selected</source>
        <translation>未选择文章</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右栏：</translation>
    </message>
    <message>
        <source>Chinese:</source>
        <translation>中文：</translation>
    </message>
    <message>
        <source>Raw view: every block in file order, residue included</source>
        <translation>原始视图：按文件顺序显示每个块，包括残留内容</translation>
    </message>
    <message>
        <source>Side by side: English and Chinese, paragraph by paragraph</source>
        <translation>对照：英文与中文逐段并排</translation>
    </message>
    <message>
        <source>Chinese in two scripts, side by side</source>
        <translation>中文简繁两栏并排</translation>
    </message>
    <message>
        <source>One pane: Chinese %1</source>
        <translation>单栏：中文%1</translation>
    </message>
    <message>
        <source>Single column</source>
        <translation>单栏</translation>
    </message>
    <message>
        <source>Highlight &amp;Glossary Terms</source>
        <translation>高亮术语表中的术语(&amp;G)</translation>
    </message>
    <message>
        <source>Underline the glossary&apos;s terms in both columns; hover one for its counterpart and note</source>
        <translation>在两栏中为术语表的术语加下划线；悬停可查看其对应术语和笔记</translation>
    </message>
</context>
<context>
    <name>duizhao::ExportDialog</name>
    <message numerus="yes">
        <source>Binary file, %n bytes.</source>
        <translation>
            <numerusform>二进制文件，%n 字节。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Binary file (ZIP, %1 bytes), %n files:</source>
        <translation>
            <numerusform>二进制文件（ZIP，%1 字节），%n 个文件：</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>Essays</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>The open essay</source>
        <translation>打开的文章</translation>
    </message>
    <message numerus="yes">
        <source>The essays selected in the library (%n)</source>
        <translation>
            <numerusform>文库中选中的文章（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>整个文库</translation>
    </message>
    <message>
        <source>Only claims</source>
        <translation>仅论断</translation>
    </message>
    <message>
        <source>Only annotations marked as claims, as the claims view lists them</source>
        <translation>仅导出标记为论断的批注，与论断视图所列相同</translation>
    </message>
    <message>
        <source>Notes without the essay text</source>
        <translation>只要笔记，不要文章正文</translation>
    </message>
    <message>
        <source>HTML and PDF: leave out the essay and write the notes alone</source>
        <translation>HTML 和 PDF：省略文章正文，只写笔记</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>This export is too large to preview (%n essays). Export it to see it whole.</source>
        <translation>
            <numerusform>此导出内容太大，无法预览（%n 篇文章）。导出后可查看全部内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>duizhao::FindBar</name>
    <message>
        <source>Find in essay, any script</source>
        <translation>在文章中查找，不分简繁</translation>
    </message>
    <message>
        <source>Matches in both panes. Script, width, case and regional spelling do not matter: 美国 finds 美國, 芯片 finds 晶片.</source>
        <translation>两栏中都会显示匹配。简繁、全半角、大小写和地区用词都不影响：美国能找到美國，芯片能找到晶片。</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>没有匹配</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 个匹配</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 个匹配</translation>
    </message>
</context>
<context>
    <name>duizhao::GlossaryWorkspace</name>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Filter terms (English or Chinese, any script)</source>
        <translation>筛选术语（英文或中文，不分简繁）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Remove From Glossary</source>
        <translation>从术语表中移除</translation>
    </message>
    <message>
        <source>Add to &amp;Glossary…</source>
        <translation>添加到术语表(&amp;G)…</translation>
    </message>
    <message>
        <source>Add to Glossary</source>
        <translation>添加到术语表</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>英文(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Chinese:</source>
        <translation>中文(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>笔记(&amp;N)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the glossary as CSV or TBX</source>
        <translation>将术语表保存为 CSV 或 TBX</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>As &amp;TBX…</source>
        <translation>导出为 TBX(&amp;T)…</translation>
    </message>
    <message>
        <source>Pair a selected phrase with its counterpart: select one language&apos;s phrase, then the other&apos;s</source>
        <translation>将所选短语与其对应短语配对：先选一种语言的短语，再选另一种语言的</translation>
    </message>
    <message>
        <source>Select the phrase in one column, then its counterpart in the other: each selection fills its language&apos;s field.</source>
        <translation>先在一栏中选中短语，再在另一栏中选中其对应短语：每次选择都会填入相应语言的字段。</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>没有打开文库。</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>导出术语表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>TBX term base (*.tbx)</source>
        <translation>TBX 术语库 (*.tbx)</translation>
    </message>
</context>
<context>
    <name>duizhao::ImportResultsDialog</name>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 failed, %5 skipped</source>
        <translation>导入 %1，更新 %2，未更改 %3，失败 %4，跳过 %5</translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>The import could not run: %1</source>
        <translation>无法运行导入：%1</translation>
    </message>
    <message>
        <source>Import cancelled. Before it stopped: %1</source>
        <translation>导入已取消。停止前：%1</translation>
    </message>
    <message>
        <source>Show only failed, skipped and warned files</source>
        <translation>只显示失败、跳过和有警告的文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>duizhao::LibraryModel</name>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese, simplified script</source>
        <translation>中文，简体字</translation>
    </message>
    <message>
        <source>Chinese, traditional script</source>
        <translation>中文，繁体字</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>未确定</translation>
    </message>
    <message>
        <source>Essay %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>The file has no title line; this one is taken from the text.</source>
        <translation>文件中没有标题行；此标题取自正文。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>简繁</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>块</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>对</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>duizhao::MainWindow</name>
    <message>
        <source>Duizhao</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Filter by title, author, outlet or file, in any script</source>
        <translation>按标题、作者、来源或文件筛选，不分简繁</translation>
    </message>
    <message>
        <source>Every word must match. Script and regional spelling do not matter: 晶片 finds 芯片, 美國 finds 美国.</source>
        <translation>每个词都必须匹配。简繁和地区用词都不影响：晶片能找到芯片，美國能找到美国。</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>导入文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Import essay files into the library</source>
        <translation>将文章文件导入文库</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>导入文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Import every text file in a folder and its subfolders</source>
        <translation>导入一个文件夹及其子文件夹中的所有文本文件</translation>
    </message>
    <message>
        <source>&amp;Export Notes…</source>
        <translation>导出笔记(&amp;E)…</translation>
    </message>
    <message>
        <source>Write annotated notes as Markdown, HTML, PDF, CSV or W3C Web Annotation JSON</source>
        <translation>将批注笔记写为 Markdown、HTML、PDF、CSV 或 W3C Web Annotation JSON</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>打开文库(&amp;L)…</translation>
    </message>
    <message>
        <source>Open another library file, or name a new one to create it</source>
        <translation>打开另一个文库文件，或输入新名称以创建文库</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Essay &amp;Metadata…</source>
        <translation>文章元数据(&amp;M)…</translation>
    </message>
    <message>
        <source>Correct the title, author, outlet, date or URL; re-imports keep your corrections</source>
        <translation>更正标题、作者、来源、日期或网址；重新导入会保留你的更正</translation>
    </message>
    <message>
        <source>Attach &amp;Translation…</source>
        <translation>附加译文(&amp;T)…</translation>
    </message>
    <message>
        <source>Show an essay in one language side by side with its translation from another file</source>
        <translation>将单一语言的文章与另一个文件中的译文并排显示</translation>
    </message>
    <message>
        <source>&amp;Detach Translation</source>
        <translation>分离译文(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Structure Rules…</source>
        <translation>结构规则(&amp;S)…</translation>
    </message>
    <message>
        <source>The kinds you taught the importer for every line like one you chose</source>
        <translation>你为与所选行类似的每一行教给导入程序的类型</translation>
    </message>
    <message>
        <source>&amp;Library Pane</source>
        <translation>文库栏(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the library, leaving the page the width</source>
        <translation>显示或隐藏文库，把宽度留给页面</translation>
    </message>
    <message>
        <source>&amp;Next Essay</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Essay</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Annotation</source>
        <translation>下一条批注(&amp;A)</translation>
    </message>
    <message>
        <source>Previous A&amp;nnotation</source>
        <translation>上一条批注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Focus Search</source>
        <translation>聚焦搜索(&amp;F)</translation>
    </message>
    <message>
        <source>Type a query for the whole library</source>
        <translation>为整个文库输入查询</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Filter Library</source>
        <translation>筛选文库(&amp;F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>搜索文库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于 Duizhao(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Notes exported</source>
        <translation>笔记已导出</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>The claims listed in the claims window</source>
        <translation>论断窗口中列出的论断</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>无法打开文库</translation>
    </message>
    <message>
        <source>An import is running. Wait for it to finish or cancel it first.</source>
        <translation>正在导入。请等它完成或先取消。</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>没有打开文库。</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>无法打开文库 %1。

%2</translation>
    </message>
    <message>
        <source>

Backups: %1</source>
        <translation>

备份：%1</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>打开其他文库…</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Duizhao…

The file as it was is kept beside it as a backup. A large library takes a minute or two.</source>
        <translation>正在为此版本的 Duizhao 升级 %1…

原文件会作为备份保留在旁边。大型文库需要一两分钟。</translation>
    </message>
    <message>
        <source>Upgrading Library</source>
        <translation>正在升级文库</translation>
    </message>
    <message>
        <source>Library upgraded; the old file is kept as a backup beside it.</source>
        <translation>文库已升级；旧文件作为备份保留在旁边。</translation>
    </message>
    <message>
        <source>Upgrading it for this version of Duizhao failed: %1</source>
        <translation>为此版本的 Duizhao 升级失败：%1</translation>
    </message>
    <message>
        <source>Cannot Read Library</source>
        <translation>无法读取文库</translation>
    </message>
    <message>
        <source>The library is empty. Import files or a folder from the File menu, or drop them on this window.</source>
        <translation>文库是空的。请从“文件”菜单导入文件或文件夹，或将它们拖放到此窗口。</translation>
    </message>
    <message>
        <source>Essay %1 cannot be read: %2</source>
        <translation>无法读取文章 %1：%2</translation>
    </message>
    <message>
        <source>Essay %1 is no longer in the library.</source>
        <translation>文章 %1 已不在文库中。</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>Looking for files…</source>
        <translation>正在查找文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelling after the file being written…</source>
        <translation>写完当前文件后取消…</translation>
    </message>
    <message>
        <source>Importing %1 of %2
%3</source>
        <translation>正在导入第 %1 个，共 %2 个
%3</translation>
    </message>
    <message>
        <source>Import cancelled: %1</source>
        <translation>导入已取消：%1</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>导入完成：%1</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Text files (*.txt *.text *.md *.markdown);;All files (*)</source>
        <translation>文本文件 (*.txt *.text *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Open or Create Library</source>
        <translation>打开或创建文库</translation>
    </message>
    <message>
        <source>Duizhao libraries (*.sqlite *.bak);;All files (*)</source>
        <translation>Duizhao 文库 (*.sqlite *.bak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No library</source>
        <translation>没有文库</translation>
    </message>
    <message>
        <source>Essays: %1 of %2 shown</source>
        <translation>文章：显示 %1 / %2</translation>
    </message>
    <message>
        <source>Essays: %1</source>
        <translation>文章：%1</translation>
    </message>
    <message>
        <source>bilingual: %1</source>
        <translation>双语：%1</translation>
    </message>
    <message>
        <source>blocks: %1</source>
        <translation>块：%1</translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation>对：%1</translation>
    </message>
    <message>
        <source>About Duizhao</source>
        <translation>关于 Duizhao</translation>
    </message>
    <message>
        <source>Attach Translation</source>
        <translation>附加译文</translation>
    </message>
    <message>
        <source>Cannot Attach the Translation</source>
        <translation>无法附加译文</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Translation attached and aligned; re-imports keep it.</source>
        <translation>译文已附加并对齐；重新导入会保留它。</translation>
    </message>
    <message>
        <source>Metadata saved; re-imports keep it.</source>
        <translation>元数据已保存；重新导入会保留它。</translation>
    </message>
    <message>
        <source>Block %1 is now: %2; re-imports keep it.</source>
        <translation>块 %1 现在是：%2；重新导入会保留它。</translation>
    </message>
    <message numerus="yes">
        <source>Rule saved: every line like “%1” is now %2 (%n essay(s) changed); later imports follow it.</source>
        <translation>
            <numerusform>规则已保存：所有类似“%1”的行现在都是%2（%n 篇文章已更改）；以后的导入也遵循此规则。</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment saved; re-imports keep it.</source>
        <translation>对齐已保存；重新导入会保留它。</translation>
    </message>
    <message>
        <source>Back to the automatic alignment.</source>
        <translation>已恢复自动对齐。</translation>
    </message>
    <message>
        <source>This essay has no annotations.</source>
        <translation>这篇文章没有批注。</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>首选项已保存。</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>The library is open for reading only: search and export work; changes are refused.</source>
        <translation>文库以只读方式打开：可以搜索和导出，但不能更改。</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the library with one of its backups; the library as it is is kept</source>
        <translation>用文库的某个备份替换文库；当前的文库会保留</translation>
    </message>
    <message>
        <source>Concordance</source>
        <translation>语境索引</translation>
    </message>
    <message>
        <source>&amp;Concordance</source>
        <translation>语境索引(&amp;C)</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>统计(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Pinyin</source>
        <translation>拼音(&amp;P)</translation>
    </message>
    <message>
        <source>The library is read-only: reading, search and export work; changes are refused.</source>
        <translation>文库是只读的：可以阅读、搜索和导出，但不能更改。</translation>
    </message>
    <message>
        <source>No automatic backup: %1</source>
        <translation>未能自动备份：%1</translation>
    </message>
    <message>
        <source>Daily backup made: %1</source>
        <translation>已创建每日备份：%1</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The library is read-only: it cannot be replaced.</source>
        <translation>文库是只读的：无法替换。</translation>
    </message>
    <message>
        <source>The backup %1 could not be restored; the library is as it was.

%2</source>
        <translation>无法恢复备份 %1；文库保持原样。

%2</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 恢复。</translation>
    </message>
    <message>
        <source>Restored from %1; the library as it was is kept as %2.</source>
        <translation>已从 %1 恢复；原来的文库保留为 %2。</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [只读]</translation>
    </message>
    <message>
        <source>an import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Duizhao %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reads bilingual tech-policy essays with English and Chinese side by side. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Duizhao %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;并排阅读英文和中文的双语科技政策文章。所有内容都只保存在这台计算机上。&lt;/p&gt;&lt;p&gt;文库：%2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dictionary data: %1, %2 entries.</source>
        <translation>词典数据：%1，%2 个词条。</translation>
    </message>
    <message>
        <source>Detach Translation</source>
        <translation>分离译文</translation>
    </message>
    <message>
        <source>Cannot %1</source>
        <translation>无法%1</translation>
    </message>
    <message>
        <source>Cannot Undo or Redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <source>Edit Metadata</source>
        <translation>编辑元数据</translation>
    </message>
    <message>
        <source>Re-classify Block as %1</source>
        <translation>将块重新分类为%1</translation>
    </message>
    <message>
        <source>Teach Rule</source>
        <translation>设定结构规则</translation>
    </message>
    <message>
        <source>Change Alignment</source>
        <translation>更改对齐</translation>
    </message>
    <message>
        <source>Reset Alignment</source>
        <translation>重置对齐</translation>
    </message>
</context>
<context>
    <name>duizhao::MetadataDialog</name>
    <message>
        <source>Essay Metadata</source>
        <translation>文章元数据</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>网址(&amp;U)：</translation>
    </message>
    <message>
        <source>You corrected this; re-imports keep your value.</source>
        <translation>这是你更正过的；重新导入会保留你的值。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Use what the file says again</source>
        <translation>重新使用文件中的内容</translation>
    </message>
    <message>
        <source>(as the file says)</source>
        <translation>（与文件相同）</translation>
    </message>
    <message>
        <source>as written, e.g. 2025-03-14</source>
        <translation>按原文，例如 2025-03-14</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
</context>
<context>
    <name>duizhao::NeedsReviewView</name>
    <message>
        <source>Essay</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Open Essay</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>重新关联到所选内容</translation>
    </message>
    <message>
        <source>Select the text this annotation belongs to in the essay, then press this</source>
        <translation>在文章中选中此批注所属的文本，然后按此按钮</translation>
    </message>
    <message>
        <source>Every annotation is in place.</source>
        <translation>所有批注都在原位。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) lost their text in a re-import. They are kept with quote and note; re-attach each to a new selection.</source>
        <translation>
            <numerusform>%n 条批注在重新导入后找不到原文。它们连同引文和笔记一起保留；请逐一重新关联到新的选区。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>duizhao::PinyinLayer</name>
    <message>
        <source>Pinyin Over the &amp;Left Pane</source>
        <translation>在左栏显示拼音(&amp;L)</translation>
    </message>
    <message>
        <source>Pinyin Over the &amp;Right Pane</source>
        <translation>在右栏显示拼音(&amp;R)</translation>
    </message>
    <message>
        <source>Show pinyin above the Chinese words of this pane</source>
        <translation>在此栏的中文词语上方显示拼音</translation>
    </message>
</context>
<context>
    <name>duizhao::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the essay decides</source>
        <translation>由文章决定</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Hovering over a word</source>
        <translation>悬停在词上</translation>
    </message>
    <message>
        <source>Clicking a word</source>
        <translation>点击词</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The new language shows from the next start.</source>
        <translation>新的语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Chinese &amp;script:</source>
        <translation>中文简繁(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;English font:</source>
        <translation>英文字体(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;hinese font:</source>
        <translation>中文字体(&amp;H)：</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>文字大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Dictionary opens by:</source>
        <translation>词典打开方式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>文库(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Library File</source>
        <translation>文库文件</translation>
    </message>
    <message>
        <source>Duizhao libraries (*.sqlite);;All files (*)</source>
        <translation>Duizhao 文库 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>duizhao::RestoreBackupDialog</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before upgrade (schema %1)</source>
        <translation>升级前（架构版本 %1）</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose a backup of %1. The library as it is now is kept beside it as “%2.before-restore-…”, so restoring loses nothing.</source>
        <translation>请选择 %1 的一个备份。当前的文库会以“%2.before-restore-…”的名称保留在旁边，因此恢复不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Essays</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>No backups yet in %1. One is made on the first start of each day.</source>
        <translation>%1 中还没有备份。每天首次启动时会创建一个备份。</translation>
    </message>
    <message>
        <source>Backups are kept in %1: the last 7 days and the last 4 weeks, and every backup made by hand or before an upgrade.</source>
        <translation>备份保存在 %1：保留最近 7 天和最近 4 周的备份，以及所有手动创建或升级前创建的备份。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>duizhao::ScriptSwitch</name>
    <message>
        <source>As written</source>
        <translation>按原文</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>Traditional</source>
        <translation>繁体</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>左栏：</translation>
    </message>
    <message>
        <source>The script of the Chinese text in the left pane</source>
        <translation>左栏中文的简繁</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>右栏：</translation>
    </message>
    <message>
        <source>The script of the Chinese text in the right pane (OpenCC); characters the conversion had to choose for are tinted</source>
        <translation>右栏中文的简繁（OpenCC）；转换时需要选择的字符会着色</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>One pane</source>
        <translation>单栏</translation>
    </message>
</context>
<context>
    <name>duizhao::SearchPanel</name>
    <message>
        <source>Search every essay, any script</source>
        <translation>搜索所有文章，不分简繁</translation>
    </message>
    <message>
        <source>Words must all match; &quot;a phrase&quot;; a OR b; -word excludes; prefix*. 芯片 also finds 晶片, 美国 finds 美國.</source>
        <translation>所有词都必须匹配；&quot;短语&quot;；a OR b；-词 表示排除；前缀*。芯片也能找到晶片，美国也能找到美國。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Blocks matching in this essay: %1</source>
        <translation>本文中匹配的块：%1</translation>
    </message>
    <message>
        <source>No essay matches.</source>
        <translation>没有匹配的文章。</translation>
    </message>
    <message>
        <source>%1 essays match, best %2 shown (%3 ms)</source>
        <translation>%1 篇文章匹配，显示最佳的 %2 篇（%3 毫秒）</translation>
    </message>
    <message>
        <source>1 essay matches (%1 ms)</source>
        <translation>1 篇文章匹配（%1 毫秒）</translation>
    </message>
    <message>
        <source>%1 essays match (%2 ms)</source>
        <translation>%1 篇文章匹配（%2 毫秒）</translation>
    </message>
    <message>
        <source>+ Glossary</source>
        <translation>+ 术语表</translation>
    </message>
    <message>
        <source>Also find a glossary term&apos;s counterpart: chip finds 芯片 when the glossary pairs them</source>
        <translation>同时查找术语表中术语的对应词：术语表把 chip 与芯片配对时，chip 也能找到芯片</translation>
    </message>
</context>
<context>
    <name>duizhao::SelectionToolBar</name>
    <message>
        <source>Highlight in %1</source>
        <translation>以%1高亮</translation>
    </message>
    <message>
        <source>Tag / Note…</source>
        <translation>标签 / 笔记…</translation>
    </message>
    <message>
        <source>Highlight with tags and a note</source>
        <translation>加上标签和笔记并高亮</translation>
    </message>
    <message>
        <source>Claim…</source>
        <translation>论断…</translation>
    </message>
    <message>
        <source>Mark as a claim, with type and verdict</source>
        <translation>标记为论断，并注明类型和判定</translation>
    </message>
</context>
<context>
    <name>duizhao::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>duizhao::StatisticsWindow</name>
    <message>
        <source>Library Statistics</source>
        <translation>文库统计</translation>
    </message>
    <message>
        <source>Term (optional): 芯片, &quot;Silicon Valley&quot;</source>
        <translation>检索词（可选）：芯片、&quot;Silicon Valley&quot;</translation>
    </message>
    <message>
        <source>Essays by outlet</source>
        <translation>按来源统计文章</translation>
    </message>
    <message>
        <source>Essays by language</source>
        <translation>按语言统计文章</translation>
    </message>
    <message>
        <source>Essays by month</source>
        <translation>按月份统计文章</translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <translation>按判定统计论断</translation>
    </message>
    <message>
        <source>Claims by type</source>
        <translation>按类型统计论断</translation>
    </message>
    <message>
        <source>Claims by tag</source>
        <translation>按标签统计论断</translation>
    </message>
    <message>
        <source>Term: matches per essay</source>
        <translation>检索词：每篇文章的匹配数</translation>
    </message>
    <message>
        <source>Term: matches per outlet</source>
        <translation>检索词：每个来源的匹配数</translation>
    </message>
    <message>
        <source>Term: matches per month</source>
        <translation>检索词：每月的匹配数</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>保存 SVG…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n essay(s), </source>
        <translation>
            <numerusform>%n 篇文章，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 条论断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %1: %n match(es)</source>
        <translation>
            <numerusform>；%1：%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation>（%1 毫秒）</translation>
    </message>
    <message>
        <source>Essays</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>论断</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配数</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>chart.svg</source>
        <translation>chart.svg</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>chart.png</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Count only the essays of this outlet (as the library table shows it)</source>
        <translation>只统计这一来源的文章（按文库表格中显示的来源）</translation>
    </message>
    <message>
        <source>From (2024-01)</source>
        <translation>起始（2024-01）</translation>
    </message>
    <message>
        <source>First date counted: a year, a month or a day (yyyy-MM-dd)</source>
        <translation>统计的起始日期：年、月或日（yyyy-MM-dd）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Last date counted, included; undated essays are left out when a date is given</source>
        <translation>统计的截止日期（含当天）；给出日期时，不统计没有日期的文章</translation>
    </message>
</context>
<context>
    <name>duizhao::StructureRuleDialog</name>
    <message>
        <source>Every Line Like This</source>
        <translation>所有与此类似的行</translation>
    </message>
    <message>
        <source>Lines that read:</source>
        <translation>内容为以下文字的行：</translation>
    </message>
    <message>
        <source>How alike</source>
        <translation>相似程度</translation>
    </message>
    <message>
        <source>The same text (spacing and case aside)</source>
        <translation>相同文本（不计空格和大小写）</translation>
    </message>
    <message>
        <source>The same text, any numbers (“阅读 1024 次” matches “阅读 7 次”)</source>
        <translation>相同文本，数字任意（“阅读 1024 次”匹配“阅读 7 次”）</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>On this essay&apos;s site (it names none)</source>
        <translation>在本文的网站上（本文未注明网站）</translation>
    </message>
    <message>
        <source>On %1 only</source>
        <translation>仅在 %1</translation>
    </message>
    <message>
        <source>In every essay</source>
        <translation>在所有文章中</translation>
    </message>
    <message>
        <source>Are a:</source>
        <translation>归为：</translation>
    </message>
    <message>
        <source>Matching lines already in the library change now, and so do those of later imports. A block you re-classified yourself keeps your choice. Edit → Structure Rules lists the rules.</source>
        <translation>文库中已有的匹配行现在就会更改，以后导入的也一样。你亲自重新分类过的块保留你的选择。编辑 → 结构规则 列出所有规则。</translation>
    </message>
    <message>
        <source>Apply to Every Line</source>
        <translation>应用到所有类似的行</translation>
    </message>
</context>
<context>
    <name>duizhao::StructureRulesDialog</name>
    <message>
        <source>Structure Rules</source>
        <translation>结构规则</translation>
    </message>
    <message>
        <source>Lines that read</source>
        <translation>内容为以下文字的行</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>相似</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Are a</source>
        <translation>归为</translation>
    </message>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>删除规则(&amp;R)</translation>
    </message>
    <message>
        <source>any numbers</source>
        <translation>数字任意</translation>
    </message>
    <message>
        <source>same text</source>
        <translation>相同文本</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>所有位置</translation>
    </message>
    <message>
        <source>What you taught the importer with “Every Line Like This”. Rules apply to the library now and to every later import; a block you re-classified yourself keeps your choice.</source>
        <translation>你通过“所有与此类似的行”教给导入程序的规则。规则现在就应用到文库，并应用到以后的每次导入；你亲自重新分类过的块保留你的选择。</translation>
    </message>
    <message>
        <source>Change Rule</source>
        <translation>更改规则</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>删除规则</translation>
    </message>
</context>
<context>
    <name>duizhao::TagCodebookDialog</name>
    <message>
        <source>Tag Codebook</source>
        <translation>标签库</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>上级：</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Save Changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Every annotation tagged “%1” will be tagged with the tag you choose, and “%1” will be removed from the codebook.</source>
        <translation>所有标有“%1”的批注都将改为你选择的标签，“%1”将从标签库中删除。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n annotation(s). Remove it from them and delete it? The annotations themselves stay.</source>
        <translation>
            <numerusform>“%1”用在 %n 条批注上。要从这些批注中移除并删除它吗？批注本身会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove From Annotations and Delete</source>
        <translation>从批注中移除并删除</translation>
    </message>
    <message>
        <source>New Tag “%1”</source>
        <translation>新建标签“%1”</translation>
    </message>
    <message>
        <source>Change Tag “%1”</source>
        <translation>更改标签“%1”</translation>
    </message>
</context>
<context>
    <name>duizhao::WordLookup</name>
    <message>
        <source>&amp;Look Up Word</source>
        <translation>查词(&amp;L)</translation>
    </message>
    <message>
        <source>Show the dictionary entry of the word at the caret</source>
        <translation>显示光标处词语的词典条目</translation>
    </message>
    <message>
        <source>Look Up Words on &amp;Click</source>
        <translation>点击时查词(&amp;C)</translation>
    </message>
    <message>
        <source>Show the dictionary when a Chinese word is clicked, instead of when the mouse rests on it</source>
        <translation>点击中文词语时显示词典，而不是在鼠标悬停时显示</translation>
    </message>
    <message>
        <source>&amp;Snap Selections to Words</source>
        <translation>按整词选择(&amp;S)</translation>
    </message>
    <message>
        <source>A selection dragged with the mouse takes whole words; hold Alt to keep single characters</source>
        <translation>用鼠标拖动选择时按整词选取；按住 Alt 可选取单个字</translation>
    </message>
</context>
<context>
    <name>duizhao::WordPopup</name>
    <message>
        <source>Add to Glossary…</source>
        <translation>添加到术语表…</translation>
    </message>
    <message>
        <source>Not in CC-CEDICT (reading from ICU).</source>
        <translation>CC-CEDICT 中没有此词（读音来自 ICU）。</translation>
    </message>
    <message>
        <source>Other region&apos;s term: %1</source>
        <translation>其他地区用词：%1</translation>
    </message>
    <message>
        <source>Within it:</source>
        <translation>其中包含：</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reads bilingual essays with English and Chinese side by side.</source>
        <translation>并排阅读英文和中文的双语文章。</translation>
    </message>
    <message>
        <source>The library file (default: %1).</source>
        <translation>文库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Import a file or folder before showing the window (may be given more than once).</source>
        <translation>在显示窗口之前导入一个文件或文件夹（可多次指定）。</translation>
    </message>
    <message>
        <source>Open the essay with this id.</source>
        <translation>打开此编号的文章。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the essay is shown, then quit (exit code 1 if anything failed on the way).</source>
        <translation>文章显示后保存窗口的 PNG 截图，然后退出（过程中有任何失败则退出码为 1）。</translation>
    </message>
    <message>
        <source>Open the search panel with this query and show the best hit.</source>
        <translation>用此查询打开搜索面板并显示最佳结果。</translation>
    </message>
    <message>
        <source>The script of the right pane: auto, original, hans, hant, tw, hk or none (one pane).</source>
        <translation>右栏的简繁：auto、original、hans、hant、tw、hk 或 none（单栏）。</translation>
    </message>
    <message>
        <source>Highlight this block of the open essay and its counterpart, as hovering it would.</source>
        <translation>高亮打开的文章中的此块及其对应块，如同鼠标悬停时一样。</translation>
    </message>
    <message>
        <source>The language of the window for this run: system, en, zh_CN or zh_TW.</source>
        <translation>本次运行的界面语言：system、en、zh_CN 或 zh_TW。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Open the library for reading only: reading, search and export work, changes are refused.</source>
        <translation>以只读方式打开文库：可以阅读、搜索和导出，但不能更改。</translation>
    </message>
</context>
</TS>
