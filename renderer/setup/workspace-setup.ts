import type { WorkspaceState } from '../../core/api/application-results';
import { call } from '../api/api-client';
import { sampleWorkspaceDescriptions, sampleWorkspaceIds, type SampleWorkspaceId } from '../../core/workspace/sample-workspaces';
import { element } from '../dom/element';

export interface WorkspaceSetupOptions {
  current: WorkspaceState;
  /** The desktop folder dialog; null in the browser mode, where a path is typed. */
  chooseFolder: (() => Promise<string | null>) | null;
  /** Called with the workspace once one is open. */
  opened: (state: Extract<WorkspaceState, { open: true }>) => void;
  /** Back to the open workspace; null when none is open. */
  back: (() => void) | null;
}

/**
 * The set-up screen, on first start and from “Thư mục làm việc” at any time: open the sample, open an existing
 * workspace, or create a new one in an empty folder. A folder that is neither is refused by the service, which
 * writes nothing into it; its message is shown here.
 */
export function renderWorkspaceSetup(options: WorkspaceSetupOptions): HTMLElement {
  const message = element('p', { className: 'setup-message', attributes: { role: 'alert' } });
  const proposed = options.current.open ? null : options.current.proposedDirectory;

  const run = async (button: HTMLButtonElement, action: () => Promise<WorkspaceState | null>) => {
    message.textContent = '';
    button.disabled = true;
    try {
      const state = await action();
      if (state?.open) options.opened(state);
      else if (state) {
        message.textContent = `Thư mục “${state.proposedDirectory ?? ''}” còn trống: hãy đặt tên và bấm “Tạo thư mục làm việc” để tạo thư mục làm việc mới ở đó.`;
        if (state.proposedDirectory) createFolder.value = state.proposedDirectory;
        createName.focus();
      }
    } catch (error) {
      message.textContent = (error as Error).message;
    } finally {
      button.disabled = false;
    }
  };

  const sampleButton = (sample: SampleWorkspaceId, primary: boolean): HTMLButtonElement => {
    const button: HTMLButtonElement = element('button', {
      className: primary ? 'primary' : '',
      text: 'Mở thư mục mẫu',
      attributes: { type: 'button', 'data-action': 'open-sample', 'data-sample': sample },
      on: { click: () => void run(button, () => call('openSampleWorkspace', { sample })) },
    });
    return button;
  };
  const [todaysSample, ...otherSamples] = sampleWorkspaceIds;
  const sampleChoice = (sample: SampleWorkspaceId) =>
    choice(
      sampleWorkspaceDescriptions[sample].title,
      `${sampleWorkspaceDescriptions[sample].description} Phần mềm dùng một bản sao; bản gốc không đổi.`,
      sampleButton(sample, sample === todaysSample),
    );

  const openFolder = element('input', {
    attributes: {
      type: 'text',
      name: 'open-folder',
      'aria-label': 'Đường dẫn thư mục làm việc có sẵn',
      placeholder: 'Ví dụ: D:\\BaoCao\\UBND-xa',
    },
  });
  const openButton = element('button', {
    text: options.chooseFolder ? 'Chọn thư mục…' : 'Mở',
    attributes: { type: 'button', 'data-action': 'open-existing' },
    on: {
      click: () =>
        void run(openButton, async () => {
          const directory = options.chooseFolder ? await options.chooseFolder() : openFolder.value.trim();
          if (!directory) {
            if (!options.chooseFolder) message.textContent = 'Hãy nhập đường dẫn của thư mục làm việc.';
            return null;
          }
          return call('openWorkspace', { directory });
        }),
    },
  });

  const createName = element('input', {
    attributes: {
      type: 'text',
      name: 'workspace-name',
      'aria-label': 'Tên thư mục làm việc',
      placeholder: 'Ví dụ: Báo cáo định kỳ xã Hòa An',
    },
  });
  const createFolder = element('input', {
    attributes: {
      type: 'text',
      name: 'create-folder',
      'aria-label': 'Thư mục trống để tạo thư mục làm việc',
      value: proposed ?? '',
      readonly: options.chooseFolder ? true : null,
    },
  });
  const chooseCreateFolder = options.chooseFolder
    ? element('button', {
        text: 'Chọn thư mục trống…',
        attributes: { type: 'button' },
        on: {
          click: () =>
            void options.chooseFolder!().then((directory) => {
              if (directory) createFolder.value = directory;
            }),
        },
      })
    : null;
  const createButton = element('button', {
    className: 'primary',
    text: 'Tạo thư mục làm việc',
    attributes: { type: 'button', 'data-action': 'create-workspace' },
    on: {
      click: () =>
        void run(createButton, async () => {
          const directory = createFolder.value.trim();
          const name = createName.value.trim();
          if (!directory) {
            message.textContent = 'Hãy chọn hoặc nhập một thư mục trống (hoặc chưa có) để tạo thư mục làm việc.';
            return null;
          }
          if (!name) {
            message.textContent = 'Hãy đặt tên cho thư mục làm việc, ví dụ tên cơ quan.';
            createName.focus();
            return null;
          }
          return call('createWorkspace', { directory, name });
        }),
    },
  });

  const choice = (title: string, explanation: string, ...controls: (HTMLElement | null)[]) =>
    element(
      'section',
      { className: 'setup-choice' },
      element('h3', { text: title }),
      element('p', { text: explanation }),
      element('div', { className: 'setup-controls' }, ...controls),
    );

  return element(
    'div',
    { className: 'workspace-setup' },
    element('h2', { text: 'Thư mục làm việc' }),
    element('p', {
      text: 'Thư mục làm việc chứa báo cáo của cơ quan (mỗi kỳ một tệp), thông tin cơ quan và các mẫu riêng. Có thể dùng chung một thư mục cho Ủy ban nhân dân và Đảng ủy của một xã.',
    }),
    options.current.open ? element('p', { className: 'workspace-path', text: `Đang mở: ${options.current.directory}` }) : null,
    options.back
      ? element('button', { text: '← Quay lại danh sách báo cáo', attributes: { type: 'button' }, on: { click: options.back } })
      : null,
    element(
      'div',
      { className: 'setup-choices' },
      sampleChoice(todaysSample),
      choice(
        'Tạo thư mục làm việc mới',
        'Cho một cơ quan bắt đầu dùng phần mềm: chọn một thư mục trống (hoặc gõ đường dẫn một thư mục chưa có), sau đó khai báo thông tin cơ quan.',
        labelled('Tên thư mục làm việc', createName),
        labelled('Thư mục', createFolder),
        chooseCreateFolder,
        createButton,
      ),
      choice(
        'Mở thư mục làm việc có sẵn',
        'Thư mục đã tạo trước đây, có tệp workspace.json.',
        options.chooseFolder ? null : labelled('Đường dẫn', openFolder),
        openButton,
      ),
      ...otherSamples.map(sampleChoice),
    ),
    message,
  );
}

function labelled(text: string, control: HTMLElement): HTMLElement {
  return element('label', { className: 'field' }, element('span', { text }), control);
}
