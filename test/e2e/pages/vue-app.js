// A Vue 3 app (runtime + template compiler, browser ESM build) that drives <plan-chart>: unit and lang as bindings,
// results as a DOM property (.prop), and the widget's events through v-on.
import {createApp, ref} from '/node_modules/vue/dist/vue.esm-browser.prod.js';

const RESULTS = [{target_id: 'bac-kan-2021-2025:communication.commune_coverage', value: 71, as_of: '2025-12-31'}];

const app = createApp({
  setup() {
    const unit = ref('bac-kan');
    const lang = ref('vi');
    const rendered = ref('');
    const selected = ref('');
    const onRender = (e) => {
      const d = e.detail;
      rendered.value = `units=${d.units.join(',')} period=${d.period} lang=${d.lang} targets=${d.targets.length}`;
    };
    const onSelect = (e) => (selected.value = `${e.detail.target.target_id} status=${e.detail.status}`);
    return {unit, lang, rendered, selected, results: RESULTS, onRender, onSelect};
  },
  template: `
    <main>
      <p>
        <button id="unit" type="button" @click="unit = 'quang-ngai'">Quảng Ngãi</button>
        <button id="lang" type="button" @click="lang = 'en'">English</button>
      </p>
      <plan-chart
        :unit="unit"
        :lang="lang"
        :results.prop="results"
        @plan-chart-render="onRender"
        @plan-chart-select="onSelect"
      ></plan-chart>
      <p>Render: <output id="render">{{ rendered }}</output></p>
      <p>Select: <output id="select">{{ selected }}</output></p>
    </main>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'plan-chart';
// Mount once <plan-chart> is defined, so that unit and lang are set as properties too (results is one either way).
await customElements.whenDefined('plan-chart');
app.mount('#app');
