import { useState } from 'react';

interface Props {
  readonly id: string;
  readonly name: string;
  /** Called with the new name when the field is left or Enter is pressed; a blank name is not taken. */
  readonly onRename: (name: string) => void;
}

/** The name of a file of the user's, edited in place; an empty field goes back to the name it had. */
export function FileNameField({ id, name, onRename }: Props) {
  const [text, setText] = useState(name);
  const commit = () => (text.trim() ? text.trim() !== name && onRename(text) : setText(name));
  return (
    <input
      id={id}
      type="text"
      maxLength={200}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}
