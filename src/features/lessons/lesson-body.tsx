import Markdown, { type Components } from 'react-markdown';

const components: Components = {
  // Lesson images are lazy, never wider than the screen, and described by their Markdown alt text.
  img: ({ src, alt }) => (
    <img src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} loading="lazy" />
  ),
  // Links leave the app in a new tab, without handing it a reference to this window.
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/**
 * The lesson text. Markdown only: raw HTML in the body is dropped (`skipHtml`), never rendered,
 * and react-markdown's default URL filter removes `javascript:` and similar links.
 * Loaded lazily: the Markdown parser is the heaviest part of the lesson screen.
 */
export default function LessonBody({ body }: { body: string }) {
  return (
    <div className="lesson-body">
      <Markdown skipHtml components={components}>
        {body}
      </Markdown>
    </div>
  );
}
