import { contentDisposition, sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['proposal.pdf', 'application/pdf', 'proposal.pdf'],
    ['C:\\Users\\me\\deck.PDF', 'application/pdf', 'deck.PDF'],
    ['../../etc/passwd', 'text/plain', 'passwd.txt'],
    ['report.pdf', 'image/png', 'report.pdf.png'],
    ['evil\u202Egpj.exe', 'application/pdf', 'evilgpj.exe.pdf'],
    ['a\u0000b\r\n"c".csv', 'text/csv', 'abc.csv'],
    ['', 'application/zip', 'document.zip'],
    ['...', 'application/pdf', 'document.pdf'],
    ['.pdf', 'application/pdf', 'pdf.pdf'],
    ['Übersicht März.odt', 'application/vnd.oasis.opendocument.text', 'Übersicht März.odt'],
  ])('%j as %s becomes %j', (raw, mediaType, expected) => {
    expect(sanitiseFileName(raw, mediaType)).toBe(expected);
  });

  it('bounds the length and keeps the extension', () => {
    const name = sanitiseFileName(`${'x'.repeat(500)}.pdf`, 'application/pdf');
    expect(name.length).toBe(180);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('sends an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Übersicht März.odt')).toBe(
      `attachment; filename="U_bersicht Ma_rz.odt"; filename*=UTF-8''%C3%9Cbersicht%20M%C3%A4rz.odt`,
    );
    expect(contentDisposition("it's (1).pdf")).toBe(`attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`);
  });
});
